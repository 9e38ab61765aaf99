using MentorFlow.Domain.CloseOut;

namespace MentorFlow.Domain.Mentorships;

/// <summary>
/// A mentorship as stored (JSON, camelCase): what <see cref="Mentorship.Restore"/> replays through the same
/// guards that made it, so a tampered or corrupted record cannot come back in an impossible state.
/// </summary>
public sealed record MentorshipSnapshot(
    string Id,
    string ProgrammeId,
    MentorshipKind Kind,
    string MentorId,
    IReadOnlyList<string> MenteeIds,
    int Capacity,
    IReadOnlyList<MentorshipTransition> History,
    CloseRequester? EarlyCloseRequestedBy,
    string? EarlyCloseReason);
