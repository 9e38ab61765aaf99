namespace MentorFlow.Bench.Assignment;

/// <summary>Independent uniform scores in [0, 1) with four decimals: the classic dense benchmark.</summary>
public sealed class RandomScores(InstanceShape shape) : IScoreSource
{
    private readonly Random _random = new(shape.Seed);

    public int Decimals => 4;

    public void FillRow(int mentee, Span<int> scores)
    {
        for (var j = 0; j < scores.Length; j++)
        {
            scores[j] = _random.Next(10_000);
        }
    }
}
