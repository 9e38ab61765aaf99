using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Http;
using MentorFlow.Functions.Participants;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// Answers a browser's enrolment post with pages instead of problem details: 202 a thank-you page, 400 the form again
/// with the posted values and each bad field named by its label, and a page for 404, 409, 413 and 415. A browser is a
/// request that does not send JSON and whose <c>Accept</c> ranks <c>text/html</c> above JSON and <c>*/*</c>; every
/// other caller gets the endpoint's answer untouched.
/// </summary>
public static class EnrolmentHtmlResponses
{
    /// <summary>The page a browser gets for the endpoint's <paramref name="result"/>.</summary>
    public static async Task<IResult> ForBrowserAsync(HttpContext context, IResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        return result switch
        {
            ValidationProblem invalid => await FormAgainAsync(context, invalid.ProblemDetails.Errors),
            IStatusCodeHttpResult { StatusCode: StatusCodes.Status202Accepted } => ThankYou(),
            ProblemHttpResult problem => Refusal(problem.ProblemDetails),
            _ => result,
        };
    }

    /// <summary>Not a JSON body, and <c>text/html</c> ranked above every JSON type and <c>*/*</c>.</summary>
    public static bool IsBrowser(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BodyFormats.Of(request) == BodyFormat.Json
            || !MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double Rank(Func<string, bool> matches) => accepted
            .Where(a => a.MediaType.Value is { } type && matches(type))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(0)
            .Max();

        var html = Rank(type => type.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        var other = Rank(type => type == "*/*" || type.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        return html > 0 && html > other;
    }

    private static HtmlPageResult ThankYou()
        => new(
            new HtmlPage("Thank you for enrolling")
                .Paragraph("We have your enrolment. A confirmation is on its way to your email.")
                .Paragraph("Everything that follows, from your match to your meetings, comes as links in emails: keep an eye on your inbox."),
            StatusCodes.Status202Accepted);

    private static HtmlPageResult Refusal(Microsoft.AspNetCore.Mvc.ProblemDetails problem) => problem.Status switch
    {
        StatusCodes.Status404NotFound => EnrolmentPages.NotFound(),
        StatusCodes.Status409Conflict when problem.Extensions.TryGetValue("enrolledAs", out var enrolledAs) => new(
            new HtmlPage("You are already enrolled")
                .Paragraph($"You are already enrolled in this programme as a {enrolledAs}.")
                .Paragraph(enrolledAs is "mentee"
                    ? "Your mentorship is still running, and one person takes one role in a programme at a time. You are welcome to enrol in it as a mentor once your mentorship has closed."
                    : "One person takes one role in a programme, so you cannot enrol in it a second time in another role. You are welcome to do so in a later programme."),
            StatusCodes.Status409Conflict),
        StatusCodes.Status409Conflict => EnrolmentPages.Closed(),
        StatusCodes.Status413PayloadTooLarge => new(
            new HtmlPage("Your form is too long").Paragraph("Please shorten your answers and send the form again."), StatusCodes.Status413PayloadTooLarge),
        StatusCodes.Status415UnsupportedMediaType => new(
            new HtmlPage("This form cannot be read").Paragraph("Please send the enrolment form from its own page."), StatusCodes.Status415UnsupportedMediaType),
        _ => new(new HtmlPage(problem.Title ?? "Something went wrong").Paragraph(problem.Detail ?? string.Empty), problem.Status ?? StatusCodes.Status500InternalServerError),
    };

    private static async Task<HtmlPageResult> FormAgainAsync(HttpContext context, IDictionary<string, string[]> errorsByField)
    {
        var errors = errorsByField.SelectMany(e => e.Value.Select(message => new FieldError(e.Key, message))).ToList();
        var values = await PostedAsync(context.Request);
        var role = values.TryGetValue("role", out var given) && string.Equals(given.ToString().Trim(), "mentor", StringComparison.OrdinalIgnoreCase)
            ? EnrolmentRole.Mentor
            : EnrolmentRole.Mentee;
        var id = context.GetRouteValue("id") as string;
        var programmes = context.RequestServices.GetRequiredService<IProgrammeStore>();
        var name = ProgrammeId.Parse(id, "id") is { IsSuccess: true } programmeId
            && await programmes.GetAsync(programmeId.Value, context.RequestAborted) is { } stored
            && Programme.Create(stored.Draft) is { IsSuccess: true } programme
            ? programme.Value.Name
            : "this programme";
        var page = EnrolmentFormPage.Render(name, role, context.Request.PathBase + context.Request.Path, values, errors);
        return new HtmlPageResult(page, StatusCodes.Status400BadRequest);
    }

    private static async Task<Dictionary<string, StringValues>> PostedAsync(HttpRequest request)
    {
        if (BodyFormats.Of(request) != BodyFormat.Form)
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            request.Body.Position = 0;
            using var reader = new FormReader(request.Body);
            return new(await reader.ReadFormAsync(request.HttpContext.RequestAborted), StringComparer.OrdinalIgnoreCase);
        }
        catch (InvalidDataException)
        {
            // A form over FormReader's limits was refused for that; it is shown again empty.
            return new(StringComparer.OrdinalIgnoreCase);
        }
    }
}
