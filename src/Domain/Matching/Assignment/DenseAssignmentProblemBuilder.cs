using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Builds an <see cref="AssignmentProblem"/> with a score for every mentee–mentor pair, one mentee row at
/// a time (so a large file can be streamed in). NaN forbids a pair; an infinite score is refused.
/// Errors name the field as <c>capacities[j]</c>, <c>scores[i]</c> or <c>scores[i][j]</c>; the first
/// <see cref="MaxErrors"/> are kept.
/// </summary>
public sealed class DenseAssignmentProblemBuilder
{
    public const int MaxErrors = 100;

    private readonly int[] _capacities;
    private readonly List<double[]> _rows = [];
    private readonly List<FieldError> _errors = [];
    private DecimalPlaces _decimalPlaces = new();
    private double _maxAbsScore;

    public DenseAssignmentProblemBuilder(IReadOnlyList<int> capacities)
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

    public int MenteeCount => _rows.Count;

    /// <summary>Adds the next mentee with one score per mentor, in mentor order (copied).</summary>
    public DenseAssignmentProblemBuilder AddMentee(ReadOnlySpan<double> scores)
    {
        var mentee = _rows.Count;
        if (scores.Length != _capacities.Length)
        {
            AddError($"scores[{mentee}]", $"has {scores.Length} scores; expected one per mentor ({_capacities.Length})");
        }

        var row = new double[_capacities.Length];
        scores[..Math.Min(scores.Length, row.Length)].CopyTo(row);
        for (var mentor = 0; mentor < row.Length; mentor++)
        {
            var score = row[mentor];
            if (double.IsNaN(score))
            {
                continue;
            }

            if (double.IsInfinity(score))
            {
                AddError($"scores[{mentee}][{mentor}]", "must be a finite number (NaN forbids the pair)");
                row[mentor] = double.NaN;
                continue;
            }

            _decimalPlaces.Observe(score);
            _maxAbsScore = Math.Max(_maxAbsScore, Math.Abs(score));
        }

        _rows.Add(row);
        return this;
    }

    public Result<AssignmentProblem> Build() =>
        _errors.Count > 0
            ? Result<AssignmentProblem>.Failure([.. _errors])
            : Result<AssignmentProblem>.Success(AssignmentProblem.CreateDense([.. _rows], [.. _capacities], _decimalPlaces, _maxAbsScore));

    private void AddError(string field, string message)
    {
        if (_errors.Count < MaxErrors)
        {
            _errors.Add(new FieldError(field, message));
        }
    }
}
