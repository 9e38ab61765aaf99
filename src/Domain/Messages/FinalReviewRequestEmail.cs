using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>Asks one side for the final review at close-out: outcomes (the mentee) and a blind exit rating (both).</summary>
public sealed record FinalReviewRequestEmail(string RecipientName, MentorshipRole RecipientRole, string OtherName, string ProgrammeName, Uri FinalReviewLink, DateTimeOffset Deadline) : EmailMessage
{
    public override string Template => "final-review-request";

    public override EmailContent Render()
    {
        var ask = RecipientRole == MentorshipRole.Mentee
            ? "which goals you met, the skills you gained, how your confidence changed, and how you rate the mentorship"
            : "how you rate the mentorship and anything you would like to share";
        return new EmailComposer(RecipientName)
            .Paragraph($"Your mentorship with {OtherName} in {ProgrammeName} is coming to a close. Please tell us {ask} by {MessageFormat.Moment(Deadline)}.")
            .Paragraph($"Your rating is private: {OtherName} never sees it.")
            .Link("Send your final review", FinalReviewLink)
            .Build($"Your final review in {ProgrammeName}", ProgrammeName);
    }
}
