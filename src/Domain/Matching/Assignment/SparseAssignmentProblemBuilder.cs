using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Builds an <see cref="AssignmentProblem"/> from the allowed pairs only, one mentee at a time; every
/// pair not listed is forbidden. Errors name the field as <c>capacities[j]</c>,
/// <c>pairs[i][k].mentor</c> or <c>pairs[i][k].score</c>; the first <see cref="MaxErrors"/> are kept.
/// </summary>
public sealed class SparseAssignmentProblemBuilder
{
    public const int MaxErrors = 100;

    private readonly int[] _capacities;
    private readonly List<int> _rowStart = [0];
    private readonly List<int> _mentors = [];
    private readonly List<double> _scores = [];
    private readonly List<FieldError> _errors = [];
    private DecimalPlaces _decimalPlaces = new();
    private double _maxAbsScore;

    public SparseAssignmentProblemBuilder(IReadOnlyList<int> capacities)
    {
        ArgumentNullException.ThrowIfNull(capacities);
        _capacities = [.. capacities];
        for (var mentor = 0; mentor < _capacities.Length; mentor++)
        {
            if (_capacities[mentor] < 0)
            {
                AddError($"capacities[{mentor}]", "must be zero or more");
            }
        }
    }

    public int MentorCount => _capacities.Length;

    public int MenteeCount => _rowStart.Count - 1;

    /// <summary>Adds the next mentee with its allowed mentors and their scores, in any order.</summary>
    public SparseAssignmentProblemBuilder AddMentee(ReadOnlySpan<MentorScore> allowed)
    {
        var mentee = MenteeCount;
        var valid = new List<(MentorScore Pair, int Position)>(allowed.Length);
        for (var position = 0; position < allowed.Length; position++)
        {
            var (mentor, score) = allowed[position];
            if (mentor < 0 || mentor >= _capacities.Length)
            {
                AddError($"pairs[{mentee}][{position}].mentor", $"must be a mentor index from 0 to {_capacities.Length - 1}");
            }
            else if (!double.IsFinite(score))
            {
                AddError($"pairs[{mentee}][{position}].score", "must be a finite number");
            }
            else
            {
                valid.Add((allowed[position], position));
            }
        }

        valid.Sort((a, b) => a.Pair.Mentor != b.Pair.Mentor ? a.Pair.Mentor.CompareTo(b.Pair.Mentor) : a.Position.CompareTo(b.Position));
        for (var k = 0; k < valid.Count; k++)
        {
            var (pair, position) = valid[k];
            if (k > 0 && pair.Mentor == valid[k - 1].Pair.Mentor)
            {
                AddError($"pairs[{mentee}][{position}].mentor", $"mentor {pair.Mentor} is listed twice for this mentee");
                continue;
            }

            _mentors.Add(pair.Mentor);
            _scores.Add(pair.Score);
            _decimalPlaces.Observe(pair.Score);
            _maxAbsScore = Math.Max(_maxAbsScore, Math.Abs(pair.Score));
        }

        _rowStart.Add(_mentors.Count);
        return this;
    }

    public Result<AssignmentProblem> Build() =>
        _errors.Count > 0
            ? Result<AssignmentProblem>.Failure([.. _errors])
            : Result<AssignmentProblem>.Success(AssignmentProblem.CreateSparse(
                [.. _rowStart], [.. _mentors], [.. _scores], [.. _capacities], _decimalPlaces, _maxAbsScore));

    private void AddError(string field, string message)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(new FieldError(field, message));
        }
    }
}
