using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Http;
using MentorFlow.Functions.Management;
using MentorFlow.Functions.Programmes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// <c>POST /api/programmes/{id}/enrolments</c>, public: a mentee's or a mentor's enrolment as JSON or as an HTML form
/// post (<see cref="EnrolmentForm"/> names the form's fields). Refusals, in the order they are checked: 415 another
/// media type, 404 unknown programme, 409 enrolment window closed, 413 body over 64 KiB, 400 every bad field, 409
/// already enrolled in the other role. Accepted: 202 with the Durable Functions start payload of the journey (or
/// intake) and its status URL as Location, the same for a repeat of the same person. The URLs carry no key: reading
/// them takes the admin key, as for every management URL. A browser gets each answer as a page instead
/// (<see cref="EnrolmentHtmlResponses"/>).
/// </summary>
/// <remarks>
/// Mapped as a plain request delegate rather than a handler with bound parameters and an endpoint filter: this is the
/// route enrolments pour in through, and the generated binding and filter pipeline cost as much per request as some
/// of the real work.
/// </remarks>
public static class EnrolmentEndpoint
{
    /// <summary>
    /// The post's request delegate. Its services are the app's singletons, taken from <paramref name="services"/> on the
    /// first request (not at mapping, which would open the store and the journal while the app is still being built)
    /// and kept: taking them from each request's services made a service scope per request.
    /// </summary>
    public static RequestDelegate Handler(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var dependencies = new Lazy<Dependencies>(() => new Dependencies(
            services.GetRequiredService<RecentProgrammes>(),
            services.GetRequiredService<DurableTaskClient>(),
            services.GetRequiredService<TaskHub>(),
            services.GetRequiredService<TimeProvider>()));
        return context => HandleAsync(context, dependencies.Value);
    }

    private static async Task HandleAsync(HttpContext context, Dependencies dependencies)
    {
        ArgumentNullException.ThrowIfNull(context);
        var browser = EnrolmentHtmlResponses.IsBrowser(context.Request);
        if (browser)
        {
            // The endpoint reads the body once; kept, it fills the form again when a field is refused.
            context.Request.EnableBuffering();
        }

        var result = await PostAsync(
            context.Request.RouteValues["id"] as string ?? string.Empty,
            context,
            dependencies.Programmes,
            dependencies.Client,
            dependencies.Hub,
            dependencies.Clock,
            context.RequestAborted);
        if (browser)
        {
            result = await EnrolmentHtmlResponses.ForBrowserAsync(context, result);
        }

        await result.ExecuteAsync(context);
    }

    private static async Task<IResult> PostAsync(
        string id,
        HttpContext context,
        RecentProgrammes programmes,
        DurableTaskClient client,
        TaskHub hub,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var format = BodyFormats.Of(request);
        if (format == BodyFormat.Unsupported)
        {
            return HttpProblems.UnsupportedMediaType(BodyFormats.Json, BodyFormats.Form);
        }

        var programmeId = ProgrammeId.Parse(id, "id");
        if (!programmeId.IsSuccess || await programmes.GetAsync(programmeId.Value, cancellationToken) is not { } recent)
        {
            return HttpProblems.ProgrammeNotFound(id);
        }

        var programme = recent.Programme;
        var now = clock.GetUtcNow();
        if (!programme.EnrolmentWindow.IsOpenAt(now))
        {
            return HttpProblems.EnrolmentClosed(id, programme.EnrolmentWindow.Opens, programme.EnrolmentWindow.Closes);
        }

        if (await BoundedBody.ReadAsync(request, BoundedBody.DefaultLimit, cancellationToken) is not { } body)
        {
            return HttpProblems.TooLarge(BoundedBody.DefaultLimit);
        }

        var (draft, readErrors) = format == BodyFormat.Json ? ReadJson(body) : await ReadFormAsync(body, cancellationToken);
        if (draft is null)
        {
            return HttpProblems.Invalid(readErrors);
        }

        var enrolment = Enrolment.FromDraft(draft, programme, now);
        if (readErrors.Count > 0 || !enrolment.IsSuccess)
        {
            // A field that could not be read is absent from the draft; the domain's "is required" for it would only repeat that.
            var unread = readErrors.Select(e => e.Field).ToHashSet(StringComparer.Ordinal);
            return HttpProblems.Invalid([.. readErrors, .. enrolment.Errors.Where(e => !unread.Contains(e.Field))]);
        }

        // Not a conditional expression: its null would become an empty ReadOnlyMemory (through byte[]), not no body.
        ReadOnlyMemory<byte>? draftJson = null;
        if (format == BodyFormat.Json)
        {
            draftJson = body;
        }

        var start = await EnrolmentJourneys.StartAsync(client, programme.Id, enrolment.Value, draft, draftJson, cancellationToken);
        if (start.EnrolledAs is { } otherRole)
        {
            return HttpProblems.EnrolledInOtherRole(id, otherRole);
        }

        return ManagementResults.Started(ManagementLinks.For(request, start.InstanceId!, hub.Name, adminKey: null));
    }

    private sealed record Dependencies(RecentProgrammes Programmes, DurableTaskClient Client, TaskHub Hub, TimeProvider Clock);

    private static (EnrolmentDraft? Draft, IReadOnlyList<FieldError> Errors) ReadJson(ReadOnlyMemory<byte> body)
    {
        if (EnrolmentDraftReader.TryRead(body.Span) is { } plain)
        {
            return (plain, []);
        }

        var draft = DraftJson.Read<EnrolmentDraft>(body);
        return draft.IsSuccess ? (draft.Value, []) : (null, draft.Errors);
    }

    private static async Task<(EnrolmentDraft? Draft, IReadOnlyList<FieldError> Errors)> ReadFormAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        Dictionary<string, StringValues> fields;
        try
        {
            using var reader = new FormReader(new MemoryStream(body.ToArray(), writable: false));
            fields = await reader.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException exception)
        {
            // FormReader's own limits (field count, name and value lengths), which no real form reaches.
            return (null, [new FieldError(DraftJson.BodyField, exception.Message)]);
        }

        return EnrolmentForm.Read(fields);
    }
}
