using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// The close-out summary for one side. It renders from a <see cref="ParticipantCloseOut"/>, which holds
/// only the recipient's own exit rating: the other side's cannot appear here.
/// </summary>
public sealed record CloseOutSummaryEmail(string RecipientName, string OtherName, string ProgrammeName, ParticipantCloseOut CloseOut) : EmailMessage
{
    public override string Template => "close-out-summary";

    public override EmailContent Render()
    {
        var email = new EmailComposer(RecipientName)
            .Paragraph($"Your mentorship with {OtherName} in {ProgrammeName} is now closed. Thank you for the time and care you put into it.")
            .List("How it went:", CloseOut.Summary.Lines);
        if (CloseOut.OwnRating is { } rating)
        {
            email.Paragraph($"You rated the mentorship {rating.Rating} out of {ExitRating.MaxRating}. Only you and the programme administrator see this.");
        }

        return email
            .Paragraph(CloseOut.Viewer == MentorshipRole.Mentee
                ? "Keep the momentum: revisit your goals now and then, and stay in touch."
                : "Stay in touch if you both wish: many mentoring relationships carry on informally.")
            .Build($"Your mentorship in {ProgrammeName}: the summary", ProgrammeName);
    }
}
