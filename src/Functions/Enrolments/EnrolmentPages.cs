using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Participants;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// What a person's browser sees of enrolment: <c>GET /api/programmes/{id}/enrolments?role=mentee|mentor</c> shows
/// the form (without a role, a choice between the two), and <see cref="EnrolmentHtmlResponses"/> turns the answers
/// to its post into pages. Refusals are pages too: 404 unknown programme, 409 enrolment closed, 400 an unknown role.
/// </summary>
public static class EnrolmentPages
{
    public static async Task<IResult> GetAsync(
        string id,
        [FromQuery] string? role,
        HttpContext context,
        [FromServices] IProgrammeStore programmes,
        [FromServices] TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var programmeId = ProgrammeId.Parse(id, "id");
        if (!programmeId.IsSuccess || await programmes.GetAsync(programmeId.Value, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        var programme = Programme.Create(stored.Draft).Value;
        if (!programme.EnrolmentWindow.IsOpenAt(clock.GetUtcNow()))
        {
            return Closed();
        }

        var action = context.Request.PathBase + context.Request.Path;
        return role?.Trim().ToLowerInvariant() switch
        {
            "mentee" => new HtmlPageResult(EnrolmentFormPage.Render(programme.Name, EnrolmentRole.Mentee, action), StatusCodes.Status200OK),
            "mentor" => new HtmlPageResult(EnrolmentFormPage.Render(programme.Name, EnrolmentRole.Mentor, action), StatusCodes.Status200OK),
            null or "" => new HtmlPageResult(Choice(programme.Name, action), StatusCodes.Status200OK),
            _ => new HtmlPageResult(Choice(programme.Name, action).Paragraph("The link named a role this programme does not have."), StatusCodes.Status400BadRequest),
        };
    }

    public static HtmlPageResult NotFound()
        => new(new HtmlPage("Programme not found").Paragraph("There is no programme at this address. Please check the link you were given."), StatusCodes.Status404NotFound);

    public static HtmlPageResult Closed()
        => new(new HtmlPage("Enrolment is closed").Paragraph("This programme does not accept enrolments now."), StatusCodes.Status409Conflict);

    private static HtmlPage Choice(string programmeName, string action)
        => new HtmlPage($"Enrol in {programmeName}")
            .Paragraph("Do you want to be mentored, or to mentor someone?")
            .Link("Enrol as a mentee", action + "?role=mentee")
            .Link("Enrol as a mentor", action + "?role=mentor");
}
