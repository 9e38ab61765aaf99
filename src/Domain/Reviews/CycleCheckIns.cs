using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Reviews;

/// <summary>
/// The check-ins received for one review cycle once its check-in deadline has passed: a missing side is
/// a missed check-in. <see cref="GoalsRevision"/> names the agreement revision whose goals the progress
/// figures refer to, so that stall detection never compares a revised goal with the one it replaced.
/// </summary>
public sealed record CycleCheckIns
{
    public CycleCheckIns(int cycle, CheckIn? mentee, CheckIn? mentor, int goalsRevision = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycle, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(goalsRevision, 1);
        if (mentee is not null && (mentee.By != MentorshipRole.Mentee || mentee.Cycle != cycle))
        {
            throw new ArgumentException($"Expected the mentee's check-in for cycle {cycle}.", nameof(mentee));
        }

        if (mentor is not null && (mentor.By != MentorshipRole.Mentor || mentor.Cycle != cycle))
        {
            throw new ArgumentException($"Expected the mentor's check-in for cycle {cycle}.", nameof(mentor));
        }

        Cycle = cycle;
        Mentee = mentee;
        Mentor = mentor;
        GoalsRevision = goalsRevision;
    }

    public int Cycle { get; }

    /// <summary>The agreement revision (from 1) in force during the cycle: its goals, in order, are what <see cref="CheckIn.Progress"/> measures.</summary>
    public int GoalsRevision { get; }

    public CheckIn? Mentee { get; }

    public CheckIn? Mentor { get; }

    /// <summary>The check-ins that arrived, mentee first.</summary>
    public IEnumerable<CheckIn> Received => new[] { Mentee, Mentor }.OfType<CheckIn>();

    public CheckIn? From(MentorshipRole role) => role == MentorshipRole.Mentee ? Mentee : Mentor;
}
