using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// Finds the slot (<see cref="IMeetingSlotFinder"/>: the attendees' weekly availability, in their own zones, and with
/// Microsoft Graph their free/busy too) and books the meeting through <see cref="IMeetingBooker"/>. A retry books under
/// the same key and sequence, which the booker makes once; the journey keeps the time and the calendar's id the booker
/// answers with (a calendar that already holds the meeting answers with the time it holds).
/// </summary>
public sealed class BookMeeting(JourneyDirectory directory, JourneyMail mail, IMeetingBooker booker, IMeetingSlotFinder slots) : TaskActivity<MeetingRequest, BookedMeeting>
{
    public override async Task<BookedMeeting> RunAsync(TaskActivityContext context, MeetingRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        ParticipantProfile[] people = input.ByMentorAvailability ? [mentor.Profile] : [mentee.Profile, mentor.Profile];
        var slot = await slots.FindAsync(new SlotQuery(people, input.WindowStart, input.WindowEnd, input.Duration), context.CancellationToken).ConfigureAwait(false);

        MeetingAttendee Attendee(Enrolment person)
        {
            string? note = null;
            Uri? checkIn = null;
            Uri? earlyClose = null;
            if (input.PersonalLinksUntil is { } until)
            {
                // The same rule as the journey's: the check-in is due a check-in deadline after the meeting ends.
                var checkInBy = programme.Deadlines.CheckIn.AddTo(slot.StartsAt + input.Duration);
                checkIn = mail.Link(input.Journey.JourneyId, person.Id, LinkAction.CheckIn, $"{input.MentorshipId}/{input.Cycle}", checkInBy);
                earlyClose = mail.Link(input.Journey.JourneyId, person.Id, LinkAction.EarlyClose, input.MentorshipId, until);
                note = $"After the meeting, send your check-in: {checkIn.AbsoluteUri}\nTo end the mentorship early: {earlyClose.AbsoluteUri}";
            }

            return new MeetingAttendee(person.Id.Value, person.Profile.Name, person.Profile.Email.Value, person.Profile.TimeZone.Id, note, checkIn, earlyClose);
        }

        var summary = input.Kind == MeetingKind.Kickoff
            ? $"Mentoring kickoff: {programme.Name}"
            : $"Mentoring review {input.Cycle}: {programme.Name}";
        var description = (input.Kind == MeetingKind.Kickoff
            ? "Get to know each other, walk through the goals of your agreement, and agree how you will work together."
            : "Look at the progress on each goal, what got in the way, and the next steps.")
            + (slot.InEveryonesAvailability ? string.Empty : " No time in your shared weekly availability fitted, so this is a default slot: move it if it does not suit you.");
        var booked = await booker.BookAsync(
            new MeetingBooking(input.Key, input.Sequence, input.Kind, input.Cycle, slot.StartsAt, input.Duration, programme.Name, [Attendee(mentee), Attendee(mentor)], summary, description),
            context.CancellationToken).ConfigureAwait(false);
        return new BookedMeeting(input.Key, input.Sequence, input.Kind, input.Cycle, booked.StartsAt, input.Duration, summary, booked.CalendarEventId);
    }
}
