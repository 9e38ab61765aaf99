using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Meetings;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>Cancels a booked meeting (sequence one above the booking's), through <see cref="IMeetingBooker"/>.</summary>
public sealed class CancelMeeting(JourneyDirectory directory, IMeetingBooker booker) : TaskActivity<MeetingCancellationRequest, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MeetingCancellationRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        static MeetingAttendee Attendee(Enrolment person) =>
            new(person.Id.Value, person.Profile.Name, person.Profile.Email.Value, person.Profile.TimeZone.Id);

        var meeting = input.Meeting;
        MeetingAttendee[] everyone = [Attendee(mentee), Attendee(mentor)];
        var booking = new MeetingBooking(meeting.Key, meeting.Sequence, meeting.Kind, meeting.Cycle, meeting.StartsAt, meeting.Duration, programme.Name, everyone, meeting.Summary, string.Empty, meeting.CalendarEventId);
        await booker.CancelAsync(
            new MeetingCancellation(meeting.Key, meeting.Sequence + 1, booking, input.MenteeOnly ? [everyone[0]] : everyone, input.Comment),
            context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
