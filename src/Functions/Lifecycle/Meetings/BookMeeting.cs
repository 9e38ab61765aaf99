using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>
/// Finds the slot (<see cref="MeetingSlot.Choose"/> over the attendees' weekly availability, in their own zones) and
/// books the meeting through <see cref="IMeetingBooker"/>. The slot depends only on stored data and the request, so
/// a retry books the same time under the same key and sequence, which the booker sends once.
/// </summary>
public sealed class BookMeeting(JourneyDirectory directory, JourneyMail mail, IMeetingBooker booker) : TaskActivity<MeetingRequest, BookedMeeting>
{
    public override async Task<BookedMeeting> RunAsync(TaskActivityContext context, MeetingRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        ParticipantProfile[] people = input.ByMentorAvailability ? [mentor.Profile] : [mentee.Profile, mentor.Profile];
        var slot = MeetingSlot.Choose(people, input.WindowStart, input.WindowEnd, input.Duration);

        MeetingAttendee Attendee(Enrolment person)
        {
            string? note = null;
            if (input.PersonalLinksUntil is { } until)
            {
                // The same rule as the journey's: the check-in is due a check-in deadline after the meeting ends.
                var checkInBy = programme.Deadlines.CheckIn.AddTo(slot.StartsAt + input.Duration);
                var checkIn = mail.Link(input.Journey.JourneyId, person.Id, LinkAction.CheckIn, $"{input.MentorshipId}/{input.Cycle}", checkInBy);
                var earlyClose = mail.Link(input.Journey.JourneyId, person.Id, LinkAction.EarlyClose, input.MentorshipId, until);
                note = $"After the meeting, send your check-in: {checkIn.AbsoluteUri}\nTo end the mentorship early: {earlyClose.AbsoluteUri}";
            }

            return new MeetingAttendee(person.Id.Value, person.Profile.Name, person.Profile.Email.Value, person.Profile.TimeZone.Id, note);
        }

        var summary = input.Kind == MeetingKind.Kickoff
            ? $"Mentoring kickoff: {programme.Name}"
            : $"Mentoring review {input.Cycle}: {programme.Name}";
        var description = (input.Kind == MeetingKind.Kickoff
            ? "Get to know each other, walk through the goals of your agreement, and agree how you will work together."
            : "Look at the progress on each goal, what got in the way, and the next steps.")
            + (slot.InEveryonesAvailability ? string.Empty : " No time in your shared weekly availability fitted, so this is a default slot: move it if it does not suit you.");
        await booker.BookAsync(
            new MeetingBooking(input.Key, input.Sequence, input.Kind, input.Cycle, slot.StartsAt, input.Duration, programme.Name, [Attendee(mentee), Attendee(mentor)], summary, description),
            context.CancellationToken).ConfigureAwait(false);
        return new BookedMeeting(input.Key, input.Sequence, input.Kind, input.Cycle, slot.StartsAt, input.Duration, summary);
    }
}
