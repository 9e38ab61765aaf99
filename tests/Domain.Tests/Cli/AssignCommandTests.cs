using System.Text.Json;
using MentorFlow.Cli;

namespace MentorFlow.Domain.Tests.Cli;

public class AssignCommandTests
{
    [Fact]
    public async Task Writes_the_optimal_pairs_and_ends_stdout_with_a_json_summary()
    {
        // a would rather have m1 (0.5 > 0.25) but b can only take m1: the optimum gives a m2.
        using var files = new AssignFiles();

        var exitCode = await files.AssignAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal(["mentee,mentor,score", "a,m2,0.25", "b,m1,0.75"], files.AssignmentLines);
        var summary = JsonDocument.Parse(files.Output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal(2, summary.GetProperty("assigned").GetInt32());
        Assert.Equal(1.0, summary.GetProperty("total").GetDouble());
        Assert.True(summary.GetProperty("seconds").GetDouble() >= 0);
        Assert.Equal("", files.Error);
    }

    [Fact]
    public async Task Quoted_ids_crlf_lines_a_byte_order_mark_and_blank_lines_are_read()
    {
        using var files = new AssignFiles(
            scores: "\uFEFFmentee,\"Lee, Ann\",m2\r\n\"O\"\"Hara\",1.5,2\r\n\r\n\"two\nlines\",3,\r\n",
            capacities: "mentor,capacity\r\n\"Lee, Ann\",1\r\nm2,0\r\n");

        var exitCode = await files.AssignAsync();

        Assert.Equal(ExitCodes.Success, exitCode);
        Assert.Equal("mentee,mentor,score\n\"two\nlines\",\"Lee, Ann\",3\n", File.ReadAllText(files.OutPath));
    }

    [Fact]
    public async Task Negative_scores_and_mentors_without_capacity_leave_mentees_unassigned()
    {
        using var files = new AssignFiles(scores: "mentee,m1,m2\na,-1,4\nb,2,1e0\n", capacities: "mentor,capacity\nm2,0\nm1,5\n");

        Assert.Equal(ExitCodes.Success, await files.AssignAsync());
        Assert.Equal(["mentee,mentor,score", "b,m1,2"], files.AssignmentLines);
    }

    [Fact]
    public async Task A_file_larger_than_the_read_buffer_is_read_to_its_last_row()
    {
        // 3,000 rows of 60 scores is about 1.2 MB, more than the reader's 1 MB buffer. Mentee i scores 1 with
        // mentor i mod 60 and 0.5 elsewhere; 50 places per mentor seat everyone at 1.
        const int Mentees = 3000, Mentors = 60;
        var scores = new System.Text.StringBuilder("mentee," + string.Join(",", Enumerable.Range(0, Mentors).Select(j => $"m{j}")) + "\n");
        for (var i = 0; i < Mentees; i++)
        {
            scores.Append(FormattableString.Invariant($"e{i}"));
            for (var j = 0; j < Mentors; j++)
            {
                scores.Append(j == i % Mentors ? ",1.000000" : ",0.500000");
            }

            scores.Append('\n');
        }

        using var files = new AssignFiles(
            scores: scores.ToString(),
            capacities: "mentor,capacity\n" + string.Concat(Enumerable.Range(0, Mentors).Select(j => $"m{j},50\n")));

        Assert.Equal(ExitCodes.Success, await files.AssignAsync());
        var lines = files.AssignmentLines;
        Assert.Equal(Mentees + 1, lines.Length);
        Assert.Equal("e2999,m59,1", lines[^1]);
        var summary = JsonDocument.Parse(files.Output.TrimEnd().Split('\n')[^1]).RootElement;
        Assert.Equal((3000, 3000.0), (summary.GetProperty("assigned").GetInt32(), summary.GetProperty("total").GetDouble()));
    }

    [Theory]
    [InlineData("mentee,m1,m2\na,0.5,x\n", 2, 3, "'x' is not a decimal number")]
    [InlineData("mentee,m1,m2\na,0.5,1e400\n", 2, 3, "'1e400' is not a decimal number")]
    [InlineData("mentee,m1,m2\na,0.5,NaN\n", 2, 3, "'NaN' is not a decimal number")]
    [InlineData("mentee,m1,m2\na,1,1\nb,0.5\n", 3, 2, "expected 3 fields")]
    [InlineData("mentee,m1,m2\na,0.5,1,2\n", 2, 4, "expected 3 fields (the mentee id and a score per mentor), found 4")]
    [InlineData("mentee,m1,m2\na,1,1\na,2,2\n", 3, 1, "mentee 'a' appears twice")]
    [InlineData("mentee,m1,m2\n,1,1\n", 2, 1, "empty mentee id")]
    [InlineData("mentee,m1,m1\n", 1, 3, "mentor 'm1' appears twice in the header")]
    [InlineData("name,m1,m2\n", 1, 1, "the header must start with 'mentee'")]
    [InlineData("mentee,m1,m2\n\"a,1,1\n", 2, 1, "malformed quotes")]
    [InlineData("", 1, 1, "the file is empty")]
    public async Task A_malformed_scores_file_is_reported_with_line_and_column_and_exit_code_2(string scores, int line, int column, string message)
    {
        using var files = new AssignFiles(scores: scores);

        var exitCode = await files.AssignAsync();

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith($"{files.ScoresPath}:{line}:{column}: ", files.Error, StringComparison.Ordinal);
        Assert.Contains(message, files.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(files.OutPath));
    }

    [Theory]
    [InlineData("mentor,capacity\nm1,1\nm2,1\nm3,1\n", 4, 1, "mentor 'm3' is not in the header of")]
    [InlineData("mentor,capacity\nm1,1\nm1,2\nm2,1\n", 3, 1, "mentor 'm1' has a second capacity row")]
    [InlineData("mentor,capacity\nm1,-1\nm2,1\n", 2, 2, "capacity '-1' is not a whole number of zero or more")]
    [InlineData("mentor,capacity\nm1,2.5\nm2,1\n", 2, 2, "capacity '2.5' is not a whole number")]
    [InlineData("mentor,capacity\nm1,1,3\nm2,1\n", 2, 1, "expected 2 fields (mentor,capacity), found 3")]
    [InlineData("mentor,size\nm1,1\n", 1, 1, "expected the header 'mentor,capacity'")]
    public async Task A_malformed_capacities_file_is_reported_with_line_and_column_and_exit_code_2(string capacities, int line, int column, string message)
    {
        using var files = new AssignFiles(capacities: capacities);

        var exitCode = await files.AssignAsync();

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.StartsWith($"{files.CapacitiesPath}:{line}:{column}: ", files.Error, StringComparison.Ordinal);
        Assert.Contains(message, files.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mentor_without_a_capacity_row_is_reported_at_its_column_in_the_scores_header()
    {
        using var files = new AssignFiles(capacities: "mentor,capacity\nm1,1\n");

        Assert.Equal(ExitCodes.InvalidInput, await files.AssignAsync());
        Assert.StartsWith($"{files.ScoresPath}:1:3: mentor 'm2' has no row in {files.CapacitiesPath}", files.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_input_file_is_named_with_exit_code_2()
    {
        using var files = new AssignFiles();
        File.Delete(files.CapacitiesPath);

        Assert.Equal(ExitCodes.InvalidInput, await files.AssignAsync());
        Assert.Equal($"{files.CapacitiesPath}: file not found", files.Error.TrimEnd());
    }

    [Fact]
    public async Task An_output_path_that_cannot_be_written_is_reported_with_exit_code_2()
    {
        using var files = new AssignFiles();

        var exitCode = await files.RunAsync(
            "assign", "--scores", files.ScoresPath, "--capacities", files.CapacitiesPath, "--out", Path.Combine(files.OutPath, "no", "such", "dir.csv"));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("cannot write", files.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "assign", "--scores", "s.csv", "--capacities", "c.csv" }, "missing --out")]
    [InlineData(new[] { "assign", "--scores", "s.csv", "--capacities", "c.csv", "--out", "o.csv", "--fast", "yes" }, "unknown flag '--fast'")]
    [InlineData(new[] { "assign", "--scores", "--capacities", "c.csv", "--out", "o.csv" }, "flag '--scores' needs a value")]
    [InlineData(new[] { "assign", "--out", "a.csv", "--out", "b.csv" }, "flag '--out' is given twice")]
    [InlineData(new[] { "assign", "scores.csv" }, "unexpected argument 'scores.csv'")]
    [InlineData(new[] { "assing" }, "unknown command 'assing'")]
    [InlineData(new string[0], "usage: mentorflow <command>")]
    public async Task Bad_flags_print_the_reason_and_usage_with_exit_code_2(string[] arguments, string message)
    {
        using var files = new AssignFiles();

        var exitCode = await files.RunAsync(arguments);

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains(message, files.Error, StringComparison.Ordinal);
        Assert.Contains("usage: mentorflow", files.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_the_commands_and_succeeds()
    {
        using var files = new AssignFiles();

        Assert.Equal(ExitCodes.Success, await files.RunAsync("--help"));
        Assert.Contains("mentorflow assign --scores <scores.csv> --capacities <capacities.csv> --out <assignment.csv>", files.Output, StringComparison.Ordinal);
    }
}
