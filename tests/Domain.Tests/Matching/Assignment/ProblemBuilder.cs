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

    /// <summary>
    /// Scores shaped like real matching and full of ties: people carry a few features around a few cluster
    /// centres, most mentees come from the first clusters (so those mentors are contested), a score is the
    /// share of matching features rounded to two decimals, some pairs score 0 and some are forbidden.
    /// </summary>
    public static ProblemBuilder Clustered(Random random, int mentees, int mentors, int clusters = 3, int features = 4)
    {
        var centres = Enumerable.Range(0, clusters).Select(_ => Enumerable.Range(0, features).Select(_ => random.Next(3)).ToArray()).ToArray();
        int[] Around(int[] centre) => centre.Select(level => random.Next(4) == 0 ? random.Next(3) : level).ToArray();
        var mentorFeatures = Enumerable.Range(0, mentors).Select(j => Around(centres[j % clusters])).ToArray();
        var scores = new double[mentees][];
        for (var i = 0; i < mentees; i++)
        {
            var menteeFeatures = Around(centres[Math.Min(random.Next(clusters), random.Next(clusters))]);
            scores[i] = new double[mentors];
            for (var j = 0; j < mentors; j++)
            {
                var shared = menteeFeatures.Zip(mentorFeatures[j]).Count(pair => pair.First == pair.Second);
                scores[i][j] = random.Next(12) switch
                {
                    0 => double.NaN,
                    1 => 0,
                    _ => Math.Round((double)shared / features, 2),
                };
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
