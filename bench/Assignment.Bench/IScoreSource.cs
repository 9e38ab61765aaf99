namespace MentorFlow.Bench.Assignment;

/// <summary>Scores as integers in hundredths or ten-thousandths (see <see cref="Decimals"/>); -1 forbids a pair.</summary>
public interface IScoreSource
{
    int Decimals { get; }

    void FillRow(int mentee, Span<int> scores);
}
