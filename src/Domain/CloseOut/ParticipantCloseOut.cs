using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// What one side sees at close-out: the shared summary and their own exit rating. It holds no reference to
/// the other side's rating, so nothing rendered from it can show that rating.
/// </summary>
public sealed record ParticipantCloseOut(MentorshipRole Viewer, CloseOutSummary Summary, ExitRating? OwnRating);
