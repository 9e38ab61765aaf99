using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Reviews;

/// <summary>
/// The check-ins received for one review cycle once its check-in deadline has passed: a missing side is
/// a missed check-in.
/// </summary>
public sealed record CycleCheckIns
{
    public CycleCheckIns(int cycle, CheckIn? mentee, CheckIn? mentor)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(cycle, 1);
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
    }

    public int Cycle { get; }

    public CheckIn? Mentee { get; }

    public CheckIn? Mentor { get; }

    /// <summary>The check-ins that arrived, mentee first.</summary>
    public IEnumerable<CheckIn> Received => new[] { Mentee, Mentor }.OfType<CheckIn>();

    public CheckIn? From(MentorshipRole role) => role == MentorshipRole.Mentee ? Mentee : Mentor;
}
