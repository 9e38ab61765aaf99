using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>
/// Reminds one side of the coming review meeting, in their own time zone. Keyed by journey, cycle and side
/// (<c>{journeyId}/meeting-reminder/{cycle}/{role}</c>); a group's mentor is reminded once per group meeting, whichever
/// mentee's journey gets there first (<c>meeting-reminder/{meetingKey}/mentor</c>).
/// </summary>
public sealed class SendMeetingReminder(JourneyDirectory directory, JourneyMail mail) : TaskActivity<MeetingReminderNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MeetingReminderNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        Enrolment mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var (recipient, other) = input.To == MentorshipRole.Mentee ? (mentee, mentor) : (mentor, mentee);
        var meeting = input.Meeting;
        var email = new MeetingReminderEmail(
            recipient.Profile.Name,
            input.GroupMeeting && input.To == MentorshipRole.Mentor ? ["your mentees"] : [other.Profile.Name],
            programme.Name,
            meeting.Cycle,
            TimeZoneInfo.ConvertTime(meeting.StartsAt, recipient.Profile.TimeZone),
            meeting.Duration);
        var key = input.GroupMeeting && input.To == MentorshipRole.Mentor
            ? $"meeting-reminder/{meeting.Key}/mentor"
            : $"{input.Journey.JourneyId}/meeting-reminder/{meeting.Cycle}/{(input.To == MentorshipRole.Mentee ? "mentee" : "mentor")}";
        await mail.SendAsync(key, JourneyMail.To(recipient), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
