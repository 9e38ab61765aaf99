using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Http;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Programmes;

/// <summary>
/// <c>POST /api/programmes</c>, <c>PUT /api/programmes/{id}</c> and <c>GET /api/programmes/{id}</c>: each reads the
/// body, validates it with <see cref="Programme.Create"/>, makes one call to the store and maps the answer. The
/// stored version is the ETag; PUT honours If-Match.
/// </summary>
public static class ProgrammeEndpoints
{
    public static async Task<IResult> CreateAsync(
        HttpContext context, [FromServices] IProgrammeStore store, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var read = await ReadDraftAsync(context.Request, routeId: null, cancellationToken);
        if (read.Refusal is not null)
        {
            return read.Refusal;
        }

        var programme = read.Programme!;
        var now = clock.GetUtcNow();
        var stored = await store.TryAddAsync(programme.Id, read.Draft!, now, cancellationToken);
        if (stored is null)
        {
            return HttpProblems.ProgrammeExists(programme.Id.Value);
        }

        context.Response.Headers.ETag = EntityTags.For(stored.Version);
        return TypedResults.Created(ProgrammeLinks.Programme(context.Request, programme.Id.Value), Describe(context.Request, programme, now));
    }

    /// <summary>Creates or replaces; with If-Match only the named version is replaced (412 otherwise).</summary>
    public static async Task<IResult> PutAsync(
        string id,
        HttpContext context,
        [FromServices] IProgrammeStore store,
        [FromServices] RecentProgrammes recent,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var routeId = ProgrammeId.Parse(id, "id");
        if (!routeId.IsSuccess)
        {
            return HttpProblems.Invalid(routeId.Errors);
        }

        var read = await ReadDraftAsync(context.Request, routeId.Value, cancellationToken);
        if (read.Refusal is not null)
        {
            return read.Refusal;
        }

        var current = await store.GetAsync(routeId.Value, cancellationToken);
        string? expectedVersion = null;
        if (EntityTags.Parse(context.Request.Headers.IfMatch) is { } wanted)
        {
            if (current is null || !(wanted.Contains("*") || wanted.Contains(current.Version)))
            {
                return HttpProblems.VersionMismatch(id);
            }

            expectedVersion = current.Version;
        }

        var now = clock.GetUtcNow();
        var stored = await store.PutAsync(routeId.Value, read.Draft!, expectedVersion, now, cancellationToken);
        recent.Forget(routeId.Value);
        if (stored is null)
        {
            return HttpProblems.VersionMismatch(id);
        }

        context.Response.Headers.ETag = EntityTags.For(stored.Version);
        var description = Describe(context.Request, read.Programme!, now);
        return current is null
            ? TypedResults.Created(ProgrammeLinks.Programme(context.Request, id), description)
            : TypedResults.Ok(description);
    }

    /// <summary>The public description, with the version as ETag; 304 when If-None-Match names it.</summary>
    public static async Task<IResult> GetAsync(
        string id, HttpContext context, [FromServices] IProgrammeStore store, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programmeId = ProgrammeId.Parse(id, "id");
        if (!programmeId.IsSuccess || await store.GetAsync(programmeId.Value, cancellationToken) is not { } stored)
        {
            return HttpProblems.ProgrammeNotFound(id);
        }

        context.Response.Headers.ETag = EntityTags.For(stored.Version);
        if (EntityTags.Matches(context.Request.Headers.IfNoneMatch, stored.Version))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(Describe(context.Request, Programme.Create(stored.Draft).Value, clock.GetUtcNow()));
    }

    private static ProgrammeDescription Describe(HttpRequest request, Programme programme, DateTimeOffset now)
        => ProgrammeDescription.Of(programme, now, ProgrammeLinks.Enrolments(request, programme.Id.Value));

    /// <summary>
    /// Reads and validates the body. On PUT the body's id may be left out (the route names the programme); when given
    /// it must be the route's.
    /// </summary>
    private static async Task<ProgrammeBody> ReadDraftAsync(HttpRequest request, ProgrammeId? routeId, CancellationToken cancellationToken)
    {
        if (BodyFormats.Of(request) != BodyFormat.Json)
        {
            return new ProgrammeBody(HttpProblems.UnsupportedMediaType(BodyFormats.Json));
        }

        if (await BoundedBody.ReadAsync(request, BoundedBody.DefaultLimit, cancellationToken) is not { } body)
        {
            return new ProgrammeBody(HttpProblems.TooLarge(BoundedBody.DefaultLimit));
        }

        var parsed = DraftJson.Read<ProgrammeDraft>(body);
        if (!parsed.IsSuccess)
        {
            return new ProgrammeBody(HttpProblems.Invalid(parsed.Errors));
        }

        var draft = parsed.Value;
        if (routeId is not null)
        {
            if (draft.Id is not null && draft.Id != routeId.Value)
            {
                return new ProgrammeBody(HttpProblems.Invalid([new FieldError("id", $"must be the programme id in the URL ('{routeId.Value}')")]));
            }

            draft = draft with { Id = routeId.Value };
        }

        var programme = Programme.Create(draft);
        return programme.IsSuccess
            ? new ProgrammeBody(null, draft, programme.Value)
            : new ProgrammeBody(HttpProblems.Invalid(programme.Errors));
    }

    private sealed record ProgrammeBody(IResult? Refusal, ProgrammeDraft? Draft = null, Programme? Programme = null);
}
