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
    IReadOnlyList<IsoDuration> ReminderOffsets);
