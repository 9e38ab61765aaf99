using System.Text.Json;
using MentorFlow.Cli;
using MentorFlow.Cli.Commands;
using MentorFlow.Domain.Tests.Support;

namespace MentorFlow.Domain.Tests.Cli;

public sealed class MatchCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mentorflow-match-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Matching_the_samples_writes_every_match_with_score_components_and_reasons()
    {
        var (code, output, error) = await Run(
            "--programme", RepositoryFiles.Path("samples/demo-programme.json"),
            "--mentees", RepositoryFiles.Path("samples/mentees.json"),
            "--mentors", RepositoryFiles.Path("samples/mentors.json"),
            "--out", Out());

        Assert.Equal((ExitCodes.Success, ""), (code, error));
        Assert.StartsWith("matched 34 of 36 mentees with 24 mentors in the week of 2026-03-09", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Out()));
        var first = report.RootElement.GetProperty("matches")[0];
        Assert.Equal(34, report.RootElement.GetProperty("matches").GetArrayLength());
        Assert.Equal(2, report.RootElement.GetProperty("waiting").GetArrayLength());
        Assert.InRange(first.GetProperty("score").GetDouble(), 0, 1);
        Assert.Equal(8, first.GetProperty("components").EnumerateObject().Count());
        Assert.Contains(first.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.EndsWith("of weekly overlap", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("suggestions").ValueKind);
    }

    [Fact]
    public async Task A_mentee_choice_programme_also_lists_each_mentees_top_suggestions()
    {
        var programme = Write("programme.json", """{ "id": "choice", "name": "Choice", "matching": { "mode": "menteeChoice", "topK": 2 } }""");

        var (code, _, _) = await Run(
            "--programme", programme, "--mentees", RepositoryFiles.Path("samples/mentees.json"), "--mentors", RepositoryFiles.Path("samples/mentors.json"),
            "--out", Out(), "--week", "2026-03-09");

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Out()));
        var suggestions = report.RootElement.GetProperty("suggestions");
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(36, suggestions.GetArrayLength());
        Assert.All(suggestions.EnumerateArray(), s => Assert.InRange(s.GetProperty("mentors").GetArrayLength(), 0, 2));
    }

    [Fact]
    public async Task Invalid_fields_are_reported_with_file_index_and_field_and_exit_code_2()
    {
        var mentees = Write("mentees.json", """
            [
              { "name": "Ana", "email": "ana@example.org", "timeZone": "Europe/Lisbon", "languages": ["pt"], "seniority": { "level": 2, "yearsOfExperience": 1 },
                "channels": ["video"], "availability": [{ "day": "monday", "start": "09:00", "end": "11:00" }], "goals": [{ "text": "lead" }] },
              { "name": "Ben", "email": "not-an-email", "timeZone": "Europe/Lisbon", "languages": ["pt"], "seniority": { "level": 2, "yearsOfExperience": 1 },
                "channels": ["video"], "availability": [{ "day": "monday", "start": "11:00", "end": "09:00" }], "goals": [{ "text": "lead" }] },
              { "name": "Ana again", "email": "ANA@example.org", "timeZone": "Europe/Lisbon", "languages": ["pt"], "seniority": { "level": 2, "yearsOfExperience": 1 },
                "channels": ["video"], "availability": [{ "day": "monday", "start": "09:00", "end": "11:00" }], "goals": [{ "text": "lead" }] }
            ]
            """);
        var programme = Write("programme.json", """{ "id": "x", "name": "X" }""");

        var (code, _, error) = await Run("--programme", programme, "--mentees", mentees, "--mentors", Write("mentors.json", "[]"), "--out", Out());

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal(
            [
                $"{mentees}: [1].email: must be an email address such as ana.silva@example.org",
                $"{mentees}: [1].availability[0].end: must be after start (a slot past midnight is two slots)",
                $"{mentees}: [2].email: repeats [0].email; one person enrols once per programme",
            ],
            Lines(error));
        Assert.False(File.Exists(Out()));
    }

    [Fact]
    public async Task Every_bad_programme_field_is_reported_with_its_path()
    {
        var programme = Write("programme.json", """{ "id": "x", "name": "X", "term": "6 months", "matching": { "weights": { "skills": -2 } } }""");

        var (code, _, error) = await Run("--programme", programme, "--mentees", Write("mentees.json", "[]"), "--mentors", Write("mentors.json", "[]"), "--out", Out());

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Equal(
            [
                $"{programme}: term: must be an ISO 8601 duration such as P6M, P1Y2M10DT2H30M, PT5M or P2W",
                $"{programme}: matching.weights.skills: must be a number from 0 to 100",
            ],
            Lines(error));
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_file_line_and_column()
    {
        var programme = Write("programme.json", "{\n  \"id\": \"x\",\n  \"name\": \"X\",,\n}");

        var (code, _, error) = await Run("--programme", programme, "--mentees", Write("mentees.json", "[]"), "--mentors", Write("mentors.json", "[]"), "--out", Out());

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith($"{programme}:3:15: $: ',' is an invalid start of a property name.", Assert.Single(Lines(error)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_or_mistyped_field_is_named()
    {
        var mentors = Write("mentors.json", """[ { "name": "Mo", "capacaty": 2 } ]""");
        var mentees = Write("mentees.json", """[ { "name": "Mo", "seniority": { "level": "senior" } } ]""");
        var programme = Write("programme.json", """{ "id": "x", "name": "X" }""");

        var (_, _, mentorError) = await Run("--programme", programme, "--mentees", Write("empty.json", "[]"), "--mentors", mentors, "--out", Out());
        var (_, _, menteeError) = await Run("--programme", programme, "--mentees", mentees, "--mentors", Write("empty.json", "[]"), "--out", Out());

        Assert.Contains("$[0].capacaty", mentorError, StringComparison.Ordinal);
        Assert.Contains("$[0].seniority.level", menteeError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_file_is_named()
    {
        var missing = Path.Combine(_directory, "nope.json");

        var (code, _, error) = await Run("--programme", missing, "--mentees", missing, "--mentors", missing, "--out", Out());

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.StartsWith($"{missing}: cannot read:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--programme", "p.json" }, "missing --mentees, --mentors, --out")]
    [InlineData(new[] { "--programme", "p.json", "--mentees", "m.json", "--mentors", "n.json", "--out", "o.json", "--colour", "red" }, "unknown flag '--colour'")]
    [InlineData(new[] { "--programme", "p.json", "--mentees", "m.json", "--mentors", "n.json", "--out", "o.json", "--week", "next week" }, "--week: must be a date yyyy-MM-dd, not 'next week'")]
    public async Task Bad_flags_are_refused_with_exit_code_2(string[] arguments, string message)
    {
        var (code, _, error) = await Run(arguments);

        Assert.Equal(ExitCodes.InvalidInput, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_dispatcher_knows_the_match_command()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await new CommandDispatcher([new MatchCommand()]).RunAsync(["match", "--help"], output, error, CancellationToken.None);

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("usage: mentorflow match --programme", output.ToString(), StringComparison.Ordinal);
    }

    private string Out() => Path.Combine(_directory, "matches.json");

    private string Write(string name, string content)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static async Task<(int Code, string Output, string Error)> Run(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new MatchCommand().RunAsync(arguments, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
