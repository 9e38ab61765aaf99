namespace MentorFlow.Bench.Assignment;

/// <summary>
/// Scores with the shape of real matching: mentees and mentors carry feature vectors (think goals,
/// skills, industry, style) drawn around a few cluster centres; a mentee's score for a mentor is their
/// similarity, rounded to two decimals so ties are common. Mentee clusters follow a skewed popularity
/// while mentors spread evenly, so popular clusters compete for too few mentors. About 2 % of pairs are
/// forbidden (a conflict of interest, no shared language), and a seniority mismatch zeroes a score.
/// </summary>
public sealed class StructuredScores : IScoreSource
{
    private const int Clusters = 12;
    private const int Features = 6;
    private const int Levels = 5;

    private readonly Random _random;
    private readonly int[][] _mentorFeatures;
    private readonly int[] _mentorSeniority;

    public StructuredScores(InstanceShape shape)
    {
        _random = new Random(shape.Seed);
        Centres = Enumerable.Range(0, Clusters).Select(_ => Enumerable.Range(0, Features).Select(_ => _random.Next(Levels)).ToArray()).ToArray();
        _mentorFeatures = new int[shape.Mentors][];
        _mentorSeniority = new int[shape.Mentors];
        for (var j = 0; j < shape.Mentors; j++)
        {
            _mentorFeatures[j] = Around(Centres[j % Clusters]);
            _mentorSeniority[j] = _random.Next(2, 6);
        }
    }

    public int Decimals => 2;

    private int[][] Centres { get; }

    public void FillRow(int mentee, Span<int> scores)
    {
        var features = Around(Centres[PopularCluster()]);
        var seniority = _random.Next(0, 4);
        const int MaxDistance = Features * (Levels - 1);
        for (var j = 0; j < scores.Length; j++)
        {
            if (_random.Next(50) == 0)
            {
                scores[j] = -1;
                continue;
            }

            var distance = 0;
            var mentor = _mentorFeatures[j];
            for (var f = 0; f < Features; f++)
            {
                distance += Math.Abs(features[f] - mentor[f]);
            }

            scores[j] = _mentorSeniority[j] <= seniority ? 0 : 100 * (MaxDistance - distance) / MaxDistance;
        }
    }

    /// <summary>Cluster k is picked with weight 1/(k+1).</summary>
    private int PopularCluster()
    {
        var total = 0.0;
        for (var k = 0; k < Clusters; k++)
        {
            total += 1.0 / (k + 1);
        }

        var pick = _random.NextDouble() * total;
        for (var k = 0; k < Clusters; k++)
        {
            pick -= 1.0 / (k + 1);
            if (pick < 0)
            {
                return k;
            }
        }

        return Clusters - 1;
    }

    private int[] Around(int[] centre) =>
        centre.Select(level => Math.Clamp(level + _random.Next(-1, 2), 0, Levels - 1)).ToArray();
}
