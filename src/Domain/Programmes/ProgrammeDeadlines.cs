using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Programmes;

/// <summary>How long participants have to answer, and when they are reminded before each deadline.</summary>
/// <param name="MatchResponse">For a mentor (or a choosing mentee) to answer a match proposal.</param>
/// <param name="Agreement">For both sides to confirm the mentoring agreement.</param>
/// <param name="CheckIn">For each side to send the check-in form after a review meeting.</param>
/// <param name="ReminderOffsets">How long before a deadline each reminder goes out, longest first.</param>
public sealed record ProgrammeDeadlines(
    IsoDuration MatchResponse,
    IsoDuration Agreement,
    IsoDuration CheckIn,
    IReadOnlyList<IsoDuration> ReminderOffsets)
{
    /// <summary>
    /// The reminders still to come before <paramref name="deadline"/>, as of <paramref name="now"/>: each offset's
    /// instant (numbered from 1, longest offset first) when it is later than now, earliest first.
    /// </summary>
    public IReadOnlyList<(int Number, DateTimeOffset At)> RemindersBefore(DateTimeOffset deadline, DateTimeOffset now) =>
        [.. ReminderOffsets
            .Select((offset, i) => (Number: i + 1, At: deadline - (offset.AddTo(deadline) - deadline)))
            .Where(r => r.At > now)
            .OrderBy(r => r.At)];
}
