using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>Asks one side for the final review (link argument: the mentorship id), or reminds them of it.</summary>
public sealed class SendFinalReviewRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<FinalReviewNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, FinalReviewNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var cancel = context.CancellationToken;
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, cancel).ConfigureAwait(false);
        Enrolment mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, cancel).ConfigureAwait(false);
        Enrolment mentor = await directory.MentorAsync(programme, input.MentorId, cancel).ConfigureAwait(false);
        var (recipient, other) = input.To == MentorshipRole.Mentee ? (mentee, mentor) : (mentor, mentee);
        var link = mail.Link(input.Journey.JourneyId, recipient.Id, LinkAction.FinalReview, input.MentorshipId, input.Deadline);
        var deadline = TimeZoneInfo.ConvertTime(input.Deadline, recipient.Profile.TimeZone);
        var role = input.To == MentorshipRole.Mentee ? "mentee" : "mentor";
        var (step, email) = input.Reminder is { } reminder
            ? ($"final-review-reminder/{reminder}/{role}", (EmailMessage)new FinalReviewReminderEmail(recipient.Profile.Name, programme.Name, link, deadline))
            : ($"final-review-request/{role}", new FinalReviewRequestEmail(recipient.Profile.Name, input.To, other.Profile.Name, programme.Name, link, deadline));
        await mail.SendAsync($"{input.Journey.JourneyId}/{step}", JourneyMail.To(recipient), email, cancel).ConfigureAwait(false);
        return true;
    }
}
