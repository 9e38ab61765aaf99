using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Tests.Reviews;

/// <summary>A content check-in on two goals; each With… changes one thing.</summary>
public sealed class CheckInBuilder
{
    public static readonly DateTimeOffset CycleOneSubmittedAt = new(2026, 2, 10, 12, 0, 0, TimeSpan.Zero);

    private MentorshipRole _by = MentorshipRole.Mentee;
    private int _cycle = 1;
    private int _goalCount = 2;
    private List<int>? _progress = [30, 50];
    private int? _satisfaction = 4;
    private List<string>? _challenges = [];
    private string? _notes = "Good session on the review plan.";
    private string? _nextSteps = "Draft the review agenda.";

    public CheckInBuilder By(MentorshipRole role)
    {
        _by = role;
        return this;
    }

    public CheckInBuilder InCycle(int cycle)
    {
        _cycle = cycle;
        return this;
    }

    public CheckInBuilder ForGoals(int goalCount)
    {
        _goalCount = goalCount;
        return this;
    }

    public CheckInBuilder WithProgress(params int[]? progress)
    {
        _progress = progress is null ? null : [.. progress];
        return this;
    }

    public CheckInBuilder WithSatisfaction(int? satisfaction)
    {
        _satisfaction = satisfaction;
        return this;
    }

    public CheckInBuilder WithChallenges(params string[] challenges)
    {
        _challenges = [.. challenges];
        return this;
    }

    public CheckInBuilder WithNotes(string? notes)
    {
        _notes = notes;
        return this;
    }

    public CheckInBuilder WithNextSteps(string? nextSteps)
    {
        _nextSteps = nextSteps;
        return this;
    }

    public CheckInDraft BuildDraft() => new(_progress, _satisfaction, _challenges, _notes, _nextSteps);

    public CheckIn Build() => CheckIn.Create(BuildDraft(), _by, _cycle, _goalCount, CycleOneSubmittedAt.AddDays(30 * (_cycle - 1))).Value;
}
