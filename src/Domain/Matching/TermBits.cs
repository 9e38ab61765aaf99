using System.Numerics;

namespace MentorFlow.Domain.Matching;

/// <summary>Bit sets over a <see cref="Vocabulary"/>; every set of one run has the same length, so loops need no bounds juggling.</summary>
internal static class TermBits
{
    public static ulong[] Create(int vocabularySize) => new ulong[(vocabularySize + 63) / 64];

    public static void Set(ulong[] bits, int id) => bits[id >> 6] |= 1UL << (id & 63);

    public static bool Intersects(ulong[] a, ulong[] b)
    {
        for (var k = 0; k < a.Length; k++)
        {
            if ((a[k] & b[k]) != 0)
            {
                return true;
            }
        }

        return false;
    }

    public static int CountCommon(ulong[] a, ulong[] b)
    {
        var count = 0;
        for (var k = 0; k < a.Length; k++)
        {
            count += BitOperations.PopCount(a[k] & b[k]);
        }

        return count;
    }
}
