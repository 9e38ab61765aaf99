using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Tests.Reviews;

/// <summary>
/// The closed cycles of a mentorship, one call per cycle: each side's check-in is shaped by a function of a
/// <see cref="CheckInBuilder"/>, or missed (null).
/// </summary>
public sealed class CyclesBuilder
{
    private readonly List<CycleCheckIns> _cycles = [];

    /// <summary>A cycle where both sides check in and are happy, with progress rising by 20 points each cycle.</summary>
    public CyclesBuilder Healthy()
    {
        var n = _cycles.Count + 1;
        return Cycle(c => c.WithProgress(20 * n, 10 * n), c => c.WithProgress(20 * n, 10 * n));
    }

    /// <param name="mentee">Shapes the mentee's check-in; null when missed.</param>
    /// <param name="mentor">Shapes the mentor's check-in; null when missed.</param>
    /// <param name="goalsRevision">The agreement revision whose goals the progress refers to.</param>
    public CyclesBuilder Cycle(Func<CheckInBuilder, CheckInBuilder>? mentee, Func<CheckInBuilder, CheckInBuilder>? mentor, int goalsRevision = 1)
    {
        var n = _cycles.Count + 1;
        var menteeCheckIn = mentee?.Invoke(new CheckInBuilder().By(MentorshipRole.Mentee).InCycle(n).WithProgress(20 * n, 10 * n)).Build();
        var mentorCheckIn = mentor?.Invoke(new CheckInBuilder().By(MentorshipRole.Mentor).InCycle(n).WithProgress(20 * n, 10 * n)).Build();
        _cycles.Add(new CycleCheckIns(n, menteeCheckIn, mentorCheckIn, goalsRevision));
        return this;
    }

    public IReadOnlyList<CycleCheckIns> Build() => _cycles;
}
