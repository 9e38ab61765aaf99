using System.Collections.ObjectModel;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Reviews;

/// <summary>
/// One side's check-in after a review meeting. Progress is a percentage per goal, 0–100, meaning "how far
/// towards the goal's target": every SMART goal has a measure and a target, so a share of the target is
/// natural to answer, and it compares across cycles, which is what stall detection needs.
/// </summary>
public sealed class CheckIn
{
    public const int MinSatisfaction = 1;
    public const int MaxSatisfaction = 5;
    public const int NotesMaxLength = 2000;
    public const int NextStepsMaxLength = 1000;

    private CheckIn(MentorshipRole by, int cycle, DateTimeOffset submittedAt, List<int> progress, int satisfaction, List<Challenge> challenges, string? notes, string? nextSteps)
    {
        By = by;
        Cycle = cycle;
        SubmittedAt = submittedAt;
        Progress = new ReadOnlyCollection<int>(progress);
        Satisfaction = satisfaction;
        Challenges = new ReadOnlyCollection<Challenge>(challenges);
        Notes = notes;
        NextSteps = nextSteps;
    }

    public MentorshipRole By { get; }

    /// <summary>The review cycle this check-in belongs to, from 1.</summary>
    public int Cycle { get; }

    public DateTimeOffset SubmittedAt { get; }

    /// <summary>Percent towards each goal's target, in the agreement's goal order.</summary>
    public IReadOnlyList<int> Progress { get; }

    /// <summary>1 (not at all satisfied) to 5 (very satisfied).</summary>
    public int Satisfaction { get; }

    public IReadOnlyList<Challenge> Challenges { get; }

    public string? Notes { get; }

    public string? NextSteps { get; }

    /// <summary>The check-in as a draft (for storage: <see cref="Create"/> rebuilds it from the draft).</summary>
    public CheckInDraft ToDraft() =>
        new(Progress, Satisfaction, [.. Challenges.Select(EnumText.ToText)], Notes, NextSteps);

    public static Result<CheckIn> Create(CheckInDraft draft, MentorshipRole by, int cycle, int goalCount, DateTimeOffset submittedAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfLessThan(cycle, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(goalCount, 1);

        var errors = new FieldErrorCollector();
        var progress = ValidateProgress(draft.Progress, goalCount, errors);
        var satisfaction = BoundedText.Number(draft.Satisfaction, "satisfaction", MinSatisfaction, MaxSatisfaction, errors);
        var challenges = ParseChallenges(draft.Challenges, errors);
        var notes = BoundedText.Read(draft.Notes, "notes", NotesMaxLength, errors, multiline: true);
        var nextSteps = BoundedText.Read(draft.NextSteps, "nextSteps", NextStepsMaxLength, errors, multiline: true);

        // "Other" says nothing by itself; the notes carry what it was.
        if (challenges.Contains(Challenge.Other) && string.IsNullOrWhiteSpace(draft.Notes))
        {
            errors.Add("notes", "Say a word about the other challenge.");
        }

        return errors.HasErrors
            ? Result<CheckIn>.Failure(errors.Errors)
            : Result<CheckIn>.Success(new CheckIn(by, cycle, submittedAt, progress, satisfaction!.Value, challenges, notes, nextSteps));
    }

    private static List<int> ValidateProgress(IReadOnlyList<int>? progress, int goalCount, FieldErrorCollector errors)
    {
        if (progress is null || progress.Count != goalCount)
        {
            errors.Add("progress", $"Give progress for each of the {goalCount} goals, as a percentage from 0 to 100.");
            return [];
        }

        for (var i = 0; i < progress.Count; i++)
        {
            if (progress[i] is < 0 or > 100)
            {
                errors.Add($"progress[{i}]", "must be a percentage from 0 to 100.");
            }
        }

        return [.. progress];
    }

    private static List<Challenge> ParseChallenges(IReadOnlyList<string>? values, FieldErrorCollector errors)
    {
        var challenges = new List<Challenge>();
        if (values is null)
        {
            return challenges;
        }

        for (var i = 0; i < values.Count; i++)
        {
            var name = new string((values[i] ?? string.Empty).Where(char.IsLetter).ToArray());
            if (name.Length == 0 || !Enum.TryParse<Challenge>(name, ignoreCase: true, out var challenge))
            {
                errors.Add($"challenges[{i}]", "must be misalignedExpectations, lackOfCommunication, schedulingConflicts, burnout or other.");
            }
            else if (!challenges.Contains(challenge))
            {
                challenges.Add(challenge);
            }
        }

        return challenges;
    }
}
