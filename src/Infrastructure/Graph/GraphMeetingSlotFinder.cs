using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Meetings;
using MentorFlow.Infrastructure.Graph.Scheduling;
using Microsoft.Extensions.Logging;
using DomainSlot = MentorFlow.Domain.Meetings.ProposedSlot;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Places a meeting by the participants' free/busy (getSchedule on their mailboxes) inside their mailboxes' working
/// hours and the weekly availability of their enrolment. When no time fits, or Graph cannot answer, the embedded
/// choice (<see cref="MeetingSlot.Choose"/>: their weekly availability, else the window's start) is the default slot,
/// so a meeting is always booked.
/// </summary>
public sealed partial class GraphMeetingSlotFinder(GraphMeetingCalendar calendar, ILogger<GraphMeetingSlotFinder> logger) : IMeetingSlotFinder
{
    public async Task<DomainSlot> FindAsync(SlotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var fallback = MeetingSlot.Choose(query.People, query.WindowStart, query.WindowEnd, query.Duration);
        var windowEnd = query.WindowEnd - query.WindowStart > SlotSearch.LongestWindow ? query.WindowStart + SlotSearch.LongestWindow : query.WindowEnd;
        if (query.People.Count == 0 || windowEnd - query.WindowStart < query.Duration)
        {
            return fallback;
        }

        var search = new SlotSearch
        {
            Participants = [.. query.People.Select(p => new SlotParticipant(p.Email.Value, Unavailable: OutsideAvailability(p, query.WindowStart, windowEnd)))],
            WindowStart = query.WindowStart,
            WindowEnd = windowEnd,
            Duration = query.Duration,
            DefaultStart = fallback.StartsAt,
            // Quarter hours for real cadences; five minutes (the finest getSchedule search) for minute-long demo cycles.
            Step = windowEnd - query.WindowStart >= TimeSpan.FromDays(1) ? TimeSpan.FromMinutes(15) : TimeSpan.FromMinutes(5),
        };
        var proposed = await calendar.ProposeSlotAsync(search, cancellationToken).ConfigureAwait(false);
        if (!proposed.IsSuccess)
        {
            LogFellBack(proposed.Failure, proposed.StatusCode);
            return fallback;
        }

        return proposed.Value.IsFallback ? fallback : new DomainSlot(proposed.Value.Start, InEveryonesAvailability: true);
    }

    /// <summary>
    /// The times in the window outside the person's weekly availability, as busy intervals (none when they gave no
    /// availability, which the domain reads as "any time").
    /// </summary>
    public static IReadOnlyList<BusyInterval> OutsideAvailability(ParticipantProfile person, DateTimeOffset windowStart, DateTimeOffset windowEnd)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.Availability.Count == 0)
        {
            return [];
        }

        var free = new List<(DateTimeOffset Start, DateTimeOffset End)>();
        for (var week = DateOnly.FromDateTime(windowStart.UtcDateTime); week.ToDateTime(TimeOnly.MinValue) < windowEnd.UtcDateTime; week = week.AddDays(7))
        {
            var origin = new DateTimeOffset(week.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            var minutes = WeeklyAvailability.InWeek(person, week);
            for (var k = 0; k < minutes.Length; k += 2)
            {
                free.Add((origin.AddMinutes(minutes[k]), origin.AddMinutes(minutes[k + 1])));
            }
        }

        var busy = new List<BusyInterval>();
        var cursor = windowStart;
        foreach (var (start, end) in free.OrderBy(f => f.Start))
        {
            if (start > cursor)
            {
                busy.Add(new BusyInterval(cursor, start < windowEnd ? start : windowEnd));
            }

            cursor = end > cursor ? end : cursor;
            if (cursor >= windowEnd)
            {
                break;
            }
        }

        if (cursor < windowEnd)
        {
            busy.Add(new BusyInterval(cursor, windowEnd));
        }

        return [.. busy.Where(b => b.End > b.Start)];
    }

    [LoggerMessage(EventId = 5211, Level = LogLevel.Warning, Message = "Graph free/busy unavailable ({Failure}, status {Status}): the meeting takes the default slot")]
    private partial void LogFellBack(CalendarFailureKind? failure, int? status);
}
