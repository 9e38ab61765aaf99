using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// Asks one side for the final review at close-out: a blind rating of what the mentorship achieved, what went well
/// and what to carry forward.
/// </summary>
public sealed record FinalReviewRequestEmail(string RecipientName, MentorshipRole RecipientRole, string OtherName, string ProgrammeName, Uri FinalReviewLink, DateTimeOffset Deadline) : EmailMessage
{
    public override string Template => "final-review-request";

    public override EmailContent Render()
    {
        var focus = RecipientRole == MentorshipRole.Mentee
            ? "the goals you reached, the skills and confidence you gained"
            : "how your mentee grew and what mentoring taught you";
        return new EmailComposer(RecipientName)
            .Paragraph($"Your mentorship with {OtherName} in {ProgrammeName} is coming to a close. Please take a few minutes for the final review by {MessageFormat.Moment(Deadline)}: how you rate what it achieved, what went well ({focus}), and what you will carry forward.")
            .Paragraph($"What went well and what you carry forward go into the summary you both receive. Your rating is private: {OtherName} never sees it.")
            .Link("Send your final review", FinalReviewLink)
            .Build($"Your final review in {ProgrammeName}", ProgrammeName);
    }
}
