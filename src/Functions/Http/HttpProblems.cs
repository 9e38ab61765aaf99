using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Http;

/// <summary>
/// The one place where the mentoring API's refusals become RFC 9457 problem details. Field errors go into
/// <c>errors</c>, keyed by the field's path in the body (<c>goals[1].text</c>), as ASP.NET Core's validation problems do.
/// </summary>
public static class HttpProblems
{
    public static IResult Invalid(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var byField = errors
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(byField, detail: "One or more fields are not valid.");
    }

    public static IResult ProgrammeNotFound(string id)
        => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Programme not found", detail: $"No programme has the id '{id}'.");

    public static IResult ProgrammeExists(string id)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Programme exists",
            detail: $"A programme with the id '{id}' exists already; PUT /api/programmes/{id} replaces it.");

    public static IResult VersionMismatch(string id)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "Programme changed",
            detail: $"The programme '{id}' is not at the version in If-Match; read it again and retry.");

    public static IResult EnrolmentClosed(string id, DateTimeOffset? opens, DateTimeOffset? closes)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Enrolment closed",
            detail: $"The programme '{id}' does not accept enrolments now.",
            extensions: new Dictionary<string, object?> { ["opens"] = opens, ["closes"] = closes });

    /// <summary>
    /// A person enrolled in the programme in the other role: a mentor may not become a mentee of it, and a mentee may
    /// become a mentor of it once their mentorship has closed, not before.
    /// </summary>
    public static IResult EnrolledInOtherRole(string id, string enrolledAs)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "Enrolled in another role",
            detail: enrolledAs == "mentee"
                ? $"This person is already enrolled in the programme '{id}' as a mentee and their mentorship is still running; one person takes one role in a programme at a time, so they can enrol in it as a mentor once their mentorship has closed."
                : $"This person is already enrolled in the programme '{id}' as a {enrolledAs}; one person takes one role in a programme, and a mentor cannot enrol in it as a mentee.",
            extensions: new Dictionary<string, object?> { ["enrolledAs"] = enrolledAs });

    public static IResult TooLarge(int limit)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Body too large",
            detail: $"The body must be at most {limit} bytes.");

    public static IResult UnsupportedMediaType(params string[] accepted)
        => TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type",
            detail: $"Send the body as {string.Join(" or ", accepted)}.");
}
