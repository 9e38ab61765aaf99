using MentorFlow.Domain.Common;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>The mentee's link to choose one of the suggested mentors (the suggestions and reasons are in the email).</summary>
public sealed class ChooseMentorPage(IParticipantStore participants) : ILinkPage
{
    public async Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var mentor = await MentorNameAsync(link, cancellationToken);
        return new HtmlPage("Choose " + mentor + " as your mentor", errors)
            .Paragraph($"We will ask {mentor} to mentor you and let you know the answer by email. You can choose only one mentor from the suggestions.")
            .BeginForm(link.FormAction)
            .EndForm("Choose " + mentor);
    }

    public async Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var mentor = await MentorNameAsync(link, cancellationToken);
        return Result<LinkAct>.Success(new RaiseJourneyEvent(
            JourneyEvents.MentorChosen,
            new MentorChosen(link.Mentorship.Value, link.Argument.Mentor!.Value),
            "You chose " + mentor,
            $"We are asking {mentor} now and will email you the answer."));
    }

    private async Task<string> MentorNameAsync(LinkContext link, CancellationToken cancellationToken)
        => await ParticipantNames.FindAsync(participants, link.Journey.Programme, link.Argument.Mentor!, cancellationToken) ?? "this mentor";
}
