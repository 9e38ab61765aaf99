namespace MentorFlow.Domain.Matching.Assignment;

/// <summary>
/// Finds the fewest decimal places that write every score exactly, so the solver can work on scaled
/// integers: a score read from "0.1234" is the double nearest to 1234/10^4, and integer arithmetic on
/// 1234 makes the optimum exact on the decimals as given, with no floating-point ties or drift.
/// </summary>
internal struct DecimalPlaces
{
    /// <summary>More places than this, or a score that is no short decimal, means plain double arithmetic.</summary>
    public const int Max = 12;

    private const double LargestExactInteger = 9007199254740992d; // 2^53

    private static readonly double[] s_pow10 = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12];

    public DecimalPlaces()
    {
    }

    /// <summary>The places needed so far, or -1 once some score is not a decimal with at most <see cref="Max"/> places.</summary>
    public int Places { get; private set; }

    public static double PowerOfTen(int places) => s_pow10[places];

    public void Observe(double score)
    {
        var places = Places;
        if (places < 0)
        {
            return;
        }

        for (; places <= Max; places++)
        {
            // Dividing an exact integer by an exact power of ten rounds correctly, so equality here means
            // the score is the double a decimal parser gives for that many places.
            var scaled = Math.Round(score * s_pow10[places]);
            if (Math.Abs(scaled) < LargestExactInteger && scaled / s_pow10[places] == score)
            {
                Places = places;
                return;
            }
        }

        Places = -1;
    }
}
