using System.Globalization;
using MentorFlow.Cli.Csv;
using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Cli.Assignment;

/// <summary>
/// Reads <c>scores.csv</c> (header <c>mentee,&lt;mentor id&gt;,…</c>, a row per mentee with one decimal score
/// per mentor, an empty cell forbidding the pair) and <c>capacities.csv</c> (header <c>mentor,capacity</c>,
/// a row per mentor) into an <see cref="AssignmentProblem"/> with the ids in file order. Score rows are
/// streamed into the problem; the first malformed cell stops the read with its file, line and column.
/// </summary>
public sealed class AssignmentInput
{
    private AssignmentInput(IReadOnlyList<string> menteeIds, IReadOnlyList<string> mentorIds, AssignmentProblem problem)
    {
        MenteeIds = menteeIds;
        MentorIds = mentorIds;
        Problem = problem;
    }

    public IReadOnlyList<string> MenteeIds { get; }

    public IReadOnlyList<string> MentorIds { get; }

    public AssignmentProblem Problem { get; }

    public static AssignmentInput? Read(string scoresPath, string capacitiesPath, CancellationToken cancellationToken, out InputError? error)
    {
        ArgumentNullException.ThrowIfNull(scoresPath);
        ArgumentNullException.ThrowIfNull(capacitiesPath);
        using var scoresStream = Open(scoresPath, out error);
        if (scoresStream is null)
        {
            return null;
        }

        using var scores = new CsvRecordReader(scoresStream, scoresPath);
        var mentorIds = ReadScoresHeader(scores, out error);
        if (mentorIds is null)
        {
            return null;
        }

        var capacities = ReadCapacities(capacitiesPath, scores, mentorIds, out error);
        if (capacities is null)
        {
            return null;
        }

        var builder = new DenseAssignmentProblemBuilder(capacities);
        var menteeIds = ReadScoreRows(scores, builder, mentorIds.Count, cancellationToken, out error);
        if (menteeIds is null)
        {
            return null;
        }

        var problem = builder.Build();
        if (!problem.IsSuccess)
        {
            // The reader refuses every value the builder would; this only guards against a gap between them.
            var first = problem.Errors[0];
            error = new InputError(scoresPath, 0, 0, $"{first.Field}: {first.Message}");
            return null;
        }

        return new AssignmentInput(menteeIds, mentorIds, problem.Value);
    }

    private static FileStream? Open(string path, out InputError? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = new InputError(path, 0, 0, e is FileNotFoundException or DirectoryNotFoundException ? "file not found" : e.Message);
            return null;
        }
    }

    private static List<string>? ReadScoresHeader(CsvRecordReader scores, out InputError? error)
    {
        if (!scores.TryRead(out var header))
        {
            error = new InputError(scores.FileName, 1, 1, "the file is empty; expected a header 'mentee,<mentor id>,…'");
            return null;
        }

        var cursor = new CsvFieldCursor(header);
        if (!cursor.TryReadText(out var first) || first != "mentee")
        {
            error = new InputError(scores.FileName, scores.Line, 1, $"the header must start with 'mentee', found '{first}'");
            return null;
        }

        var mentorIds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (cursor.HasMore)
        {
            var wellQuoted = cursor.TryReadText(out var id);
            if (!wellQuoted || id.Length == 0)
            {
                error = new InputError(scores.FileName, scores.Line, cursor.FieldNumber, wellQuoted ? "empty mentor id" : "malformed quotes");
                return null;
            }

            if (!seen.Add(id))
            {
                error = new InputError(scores.FileName, scores.Line, cursor.FieldNumber, $"mentor '{id}' appears twice in the header");
                return null;
            }

            mentorIds.Add(id);
        }

        error = null;
        return mentorIds;
    }

    private static int[]? ReadCapacities(string path, CsvRecordReader scores, List<string> mentorIds, out InputError? error)
    {
        using var stream = Open(path, out error);
        if (stream is null)
        {
            return null;
        }

        using var reader = new CsvRecordReader(stream, path);
        if (!reader.TryRead(out var header) || !IsCapacitiesHeader(header))
        {
            error = new InputError(path, Math.Max(reader.Line, 1), 1, "expected the header 'mentor,capacity'");
            return null;
        }

        var indexOf = new Dictionary<string, int>(mentorIds.Count, StringComparer.Ordinal);
        for (var j = 0; j < mentorIds.Count; j++)
        {
            indexOf[mentorIds[j]] = j;
        }

        var capacities = new int[mentorIds.Count];
        var given = new bool[mentorIds.Count];
        while (reader.TryRead(out var record))
        {
            var cursor = new CsvFieldCursor(record);
            var fields = cursor.CountFields();
            if (fields != 2)
            {
                error = new InputError(path, reader.Line, 1, fields < 0 ? "malformed quotes" : $"expected 2 fields (mentor,capacity), found {fields}");
                return null;
            }

            cursor.TryReadText(out var id);
            cursor.TryReadText(out var capacityText);
            if (!indexOf.TryGetValue(id, out var mentor))
            {
                error = new InputError(path, reader.Line, 1, $"mentor '{id}' is not in the header of {scores.FileName}");
                return null;
            }

            if (given[mentor])
            {
                error = new InputError(path, reader.Line, 1, $"mentor '{id}' has a second capacity row");
                return null;
            }

            if (!int.TryParse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture, out var capacity))
            {
                error = new InputError(path, reader.Line, 2, $"capacity '{capacityText}' is not a whole number of zero or more");
                return null;
            }

            capacities[mentor] = capacity;
            given[mentor] = true;
        }

        var missing = Array.IndexOf(given, false);
        if (missing >= 0)
        {
            // Point at the mentor's column in the scores header, where it was declared.
            error = new InputError(scores.FileName, 1, missing + 2, $"mentor '{mentorIds[missing]}' has no row in {path}");
            return null;
        }

        error = null;
        return capacities;
    }

    private static bool IsCapacitiesHeader(ReadOnlySpan<byte> header)
    {
        var cursor = new CsvFieldCursor(header);
        return cursor.CountFields() == 2
            && cursor.TryReadText(out var mentor) && mentor == "mentor"
            && cursor.TryReadText(out var capacity) && capacity == "capacity";
    }

    private static List<string>? ReadScoreRows(
        CsvRecordReader scores, DenseAssignmentProblemBuilder builder, int mentorCount, CancellationToken cancellationToken, out InputError? error)
    {
        var menteeIds = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var row = new double[mentorCount];
        while (scores.TryRead(out var record))
        {
            if ((menteeIds.Count & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cursor = new CsvFieldCursor(record);
            var wellQuoted = cursor.TryReadText(out var id);
            if (!wellQuoted || id.Length == 0)
            {
                error = new InputError(scores.FileName, scores.Line, 1, wellQuoted ? "empty mentee id" : "malformed quotes");
                return null;
            }

            if (!seen.Add(id))
            {
                error = new InputError(scores.FileName, scores.Line, 1, $"mentee '{id}' appears twice");
                return null;
            }

            for (var j = 0; j < mentorCount; j++)
            {
                if (!cursor.HasMore)
                {
                    error = new InputError(scores.FileName, scores.Line, cursor.FieldNumber,
                        $"expected {mentorCount + 1} fields (the mentee id and a score per mentor), found {cursor.FieldNumber}");
                    return null;
                }

                if (!cursor.TryReadNumber(out row[j]))
                {
                    error = new InputError(scores.FileName, scores.Line, cursor.FieldNumber, $"'{cursor.FailedFieldText()}' is not a decimal number");
                    return null;
                }
            }

            if (cursor.HasMore)
            {
                var fields = cursor.FieldNumber + cursor.CountFields();
                error = new InputError(scores.FileName, scores.Line, cursor.FieldNumber + 1,
                    $"expected {mentorCount + 1} fields (the mentee id and a score per mentor), found {fields}");
                return null;
            }

            menteeIds.Add(id);
            builder.AddMentee(row);
        }

        error = null;
        return menteeIds;
    }
}
