using MentorFlow.Infrastructure.Graph.Scheduling;
using Microsoft.Graph.Models;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>Turns one getSchedule answer into busy intervals and working hours the slot finder understands.</summary>
public static class GraphSchedules
{
    public static ParticipantCalendar ToParticipantCalendar(ScheduleInformation? schedule, WeeklyHours? preferred, DateTimeOffset windowStart, int intervalMinutes)
    {
        var busy = new List<BusyInterval>();
        var hours = new List<WeeklyHours>();
        if (preferred is not null)
        {
            hours.Add(preferred);
        }

        if (schedule is null)
        {
            return new ParticipantCalendar(busy, hours);
        }

        foreach (var item in schedule.ScheduleItems ?? [])
        {
            if (item.Status is not FreeBusyStatus.Free && GraphTime.FromGraph(item.Start) is { } start && GraphTime.FromGraph(item.End) is { } end)
            {
                busy.Add(new BusyInterval(start, end));
            }
        }

        // The availability view ('0' free, '1' tentative, '2' busy, '3' away, '4' elsewhere per interval) also
        // covers items the app may not read in detail, so it is counted as well.
        var view = schedule.AvailabilityView ?? string.Empty;
        var interval = TimeSpan.FromMinutes(intervalMinutes);
        for (var i = 0; i < view.Length; i++)
        {
            if (view[i] != '0')
            {
                var start = windowStart + (interval * i);
                busy.Add(new BusyInterval(start, start + interval));
            }
        }

        if (ToWeeklyHours(schedule.WorkingHours) is { } working)
        {
            hours.Add(working);
        }

        return new ParticipantCalendar(busy, hours);
    }

    /// <summary>The mailbox's working hours, or null when Graph gave none or a zone this machine cannot resolve.</summary>
    public static WeeklyHours? ToWeeklyHours(WorkingHours? working)
    {
        if (working?.DaysOfWeek is not { Count: > 0 } days || working.StartTime is not { } start || working.EndTime is not { } end
            || working.TimeZone?.Name is not { Length: > 0 } zoneName || !TimeZoneInfo.TryFindSystemTimeZoneById(zoneName, out var zone))
        {
            return null;
        }

        var startTime = new TimeOnly(start.Hour, start.Minute, start.Second);
        var endTime = new TimeOnly(end.Hour, end.Minute, end.Second);
        if (endTime <= startTime)
        {
            return null;
        }

        return new WeeklyHours(
            days.Where(d => d is not null).Select(d => Enum.Parse<DayOfWeek>(d!.Value.ToString(), ignoreCase: true)),
            startTime,
            endTime,
            zone);
    }
}
