using System.Text;

namespace MentorFlow.Bench.Assignment;

/// <summary>Writes scores.csv and capacities.csv byte by byte: 80 million cells must not take minutes.</summary>
public static class InstanceWriter
{
    public static void Write(string directory, InstanceShape shape, IScoreSource source)
    {
        using (var capacities = new StreamWriter(Path.Combine(directory, "capacities.csv"), false, new UTF8Encoding(false)))
        {
            capacities.NewLine = "\n";
            capacities.WriteLine("mentor,capacity");
            for (var j = 0; j < shape.Mentors; j++)
            {
                capacities.WriteLine($"{MentorId(j)},{shape.Capacity}");
            }
        }

        using var scores = new FileStream(Path.Combine(directory, "scores.csv"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var header = new StringBuilder("mentee");
        for (var j = 0; j < shape.Mentors; j++)
        {
            header.Append(',').Append(MentorId(j));
        }

        scores.Write(Encoding.UTF8.GetBytes(header.Append('\n').ToString()));
        var row = new int[shape.Mentors];
        var line = new byte[(shape.Mentors * 8) + 32];
        for (var i = 0; i < shape.Mentees; i++)
        {
            source.FillRow(i, row);
            var length = Encoding.UTF8.GetBytes($"e{i + 1:D6}", line);
            foreach (var score in row)
            {
                line[length++] = (byte)',';
                if (score >= 0)
                {
                    length += WriteDecimal(score, source.Decimals, line.AsSpan(length));
                }
            }

            line[length++] = (byte)'\n';
            scores.Write(line, 0, length);
        }
    }

    private static string MentorId(int j) => $"m{j + 1:D5}";

    /// <summary>Writes value / 10^decimals as "0.dddd" / "1" with trailing zeros dropped.</summary>
    private static int WriteDecimal(int value, int decimals, Span<byte> output)
    {
        var divisor = (int)Math.Pow(10, decimals);
        var length = 0;
        foreach (var c in (value / divisor).ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            output[length++] = (byte)c;
        }

        var fraction = value % divisor;
        if (fraction == 0)
        {
            return length;
        }

        output[length++] = (byte)'.';
        for (var d = decimals - 1; d >= 0 && fraction > 0; d--)
        {
            var power = (int)Math.Pow(10, d);
            output[length++] = (byte)('0' + (fraction / power));
            fraction %= power;
        }

        return length;
    }
}
