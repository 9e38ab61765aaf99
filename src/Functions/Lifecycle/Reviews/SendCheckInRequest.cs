using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>
/// Asks one side for their check-in after the review meeting (link argument <c>{mentorshipId}/{cycle}</c>), or
/// reminds them; at mid-term the request adds the submit-agreement link to revisit the goals.
/// </summary>
public sealed class SendCheckInRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<CheckInNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, CheckInNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var (recipient, other) = input.To == MentorshipRole.Mentee ? (mentee, mentor) : (mentor, mentee);
        var checkIn = mail.Link(input.Journey.JourneyId, recipient.Id, LinkAction.CheckIn, $"{input.MentorshipId}/{input.Cycle}", input.Deadline);
        var deadline = TimeZoneInfo.ConvertTime(input.Deadline, recipient.Profile.TimeZone);
        var role = input.To == MentorshipRole.Mentee ? "mentee" : "mentor";
        EmailMessage email;
        string step;
        if (input.Reminder is { } reminder)
        {
            email = new CheckInReminderEmail(recipient.Profile.Name, programme.Name, input.Cycle, checkIn, deadline);
            step = $"check-in-reminder/{input.Cycle}/{reminder}/{role}";
        }
        else
        {
            var revise = input.MidTerm ? mail.Link(input.Journey.JourneyId, recipient.Id, LinkAction.SubmitAgreement, input.MentorshipId, input.Deadline) : null;
            email = new CheckInRequestEmail(recipient.Profile.Name, other.Profile.Name, programme.Name, input.Cycle, checkIn, deadline, revise);
            step = $"check-in-request/{input.Cycle}/{role}";
        }

        await mail.SendAsync($"{input.Journey.JourneyId}/{step}", JourneyMail.To(recipient), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
