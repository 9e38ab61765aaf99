using System.Globalization;
using System.Text;
using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Cli.Assignment;

/// <summary>Writes <c>mentee,mentor,score</c> rows under a header, ids quoted only when CSV needs it.</summary>
public static class AssignmentCsvWriter
{
    public static async Task WriteAsync(string path, AssignmentInput input, AssignmentResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16);
        writer.NewLine = "\n";
        await writer.WriteLineAsync("mentee,mentor,score");
        foreach (var pair in result.Pairs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await writer.WriteLineAsync(
                $"{Quoted(input.MenteeIds[pair.Mentee])},{Quoted(input.MentorIds[pair.Mentor])},{pair.Score.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    private static string Quoted(string id) =>
        id.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + id.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : id;
}
