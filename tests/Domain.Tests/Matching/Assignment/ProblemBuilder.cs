using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Domain.Tests.Matching.Assignment;

/// <summary>Test data for assignment problems: a score matrix (NaN = forbidden) and capacities, built dense or sparse.</summary>
internal sealed class ProblemBuilder
{
    private double[][] _scores = [];
    private int[] _capacities = [];

    public static ProblemBuilder WithScores(params double[][] scores) => new() { _scores = scores };

    /// <summary>Random scores drawn from <paramref name="values"/>, each pair forbidden with probability <paramref name="forbidden"/>.</summary>
    public static ProblemBuilder Random(Random random, int mentees, int mentors, double[] values, double forbidden = 0)
    {
        var scores = new double[mentees][];
        for (var i = 0; i < mentees; i++)
        {
            scores[i] = new double[mentors];
            for (var j = 0; j < mentors; j++)
            {
                scores[i][j] = random.NextDouble() < forbidden ? double.NaN : values[random.Next(values.Length)];
            }
        }

        return new ProblemBuilder { _scores = scores };
    }

    public ProblemBuilder WithCapacities(params int[] capacities)
    {
        _capacities = capacities;
        return this;
    }

    public ProblemBuilder WithCapacity(int capacity)
    {
        _capacities = Enumerable.Repeat(capacity, _scores.Length == 0 ? 0 : _scores[0].Length).ToArray();
        return this;
    }

    public double[][] Scores => _scores;

    public int[] Capacities => _capacities;

    public AssignmentProblem Dense()
    {
        var builder = new DenseAssignmentProblemBuilder(_capacities);
        foreach (var row in _scores)
        {
            builder.AddMentee(row);
        }

        return builder.Build().Value;
    }

    public AssignmentProblem Sparse()
    {
        var builder = new SparseAssignmentProblemBuilder(_capacities);
        foreach (var row in _scores)
        {
            builder.AddMentee(row.Select((score, mentor) => new MentorScore(mentor, score)).Where(p => !double.IsNaN(p.Score)).Reverse().ToArray());
        }

        return builder.Build().Value;
    }
}
