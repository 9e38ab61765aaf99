namespace MentorFlow.Domain.Mentorships;

/// <summary>
/// One step in a mentorship's history. <see cref="From"/> is null for the proposal that created it.
/// <see cref="At"/> is the caller's clock (an orchestration's current time), never read inside the domain.
/// </summary>
public sealed record MentorshipTransition(MentorshipStatus? From, MentorshipStatus To, DateTimeOffset At);
