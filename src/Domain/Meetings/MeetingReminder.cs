using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Meetings;

/// <summary>
/// When both sides are reminded of a review meeting. The lead is the programme's shortest reminder offset (the last
/// nudge before a deadline, typically a day), or a day when the programme has none; it is at most a quarter of the
/// cycle, so a minute-long demo cadence gets a minute-long lead. A reminder whose time has already passed when the
/// meeting is booked is not sent: the meeting's notice has only just gone out.
/// </summary>
public static class MeetingReminder
{
    private static readonly TimeSpan DefaultLead = TimeSpan.FromDays(1);

    public static TimeSpan LeadFor(ProgrammeDeadlines deadlines, DateTimeOffset startsAt, TimeSpan cycleLength)
    {
        ArgumentNullException.ThrowIfNull(deadlines);
        var lead = deadlines.ReminderOffsets.Count == 0
            ? DefaultLead
            : deadlines.ReminderOffsets.Select(o => o.AddTo(startsAt) - startsAt).Min();
        var quarter = cycleLength / 4;
        return lead < quarter ? lead : quarter;
    }

    /// <summary>The instant to remind at, or null when it is not after <paramref name="now"/> (or there is no lead).</summary>
    public static DateTimeOffset? At(ProgrammeDeadlines deadlines, DateTimeOffset startsAt, TimeSpan cycleLength, DateTimeOffset now)
    {
        var lead = LeadFor(deadlines, startsAt, cycleLength);
        var at = startsAt - lead;
        return lead > TimeSpan.Zero && at > now ? at : null;
    }
}
