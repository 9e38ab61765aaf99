using System.Diagnostics;
using System.Globalization;
using MentorFlow.Cli.Matching;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Cli.Commands;

/// <summary>
/// <c>mentorflow match</c>: the whole domain matching, offline. Reads a programme and the mentees' and mentors'
/// enrolment forms (JSON), applies the hard constraints, scores every feasible pair and assigns the intake optimally
/// under the mentors' capacities; writes every match with its score, components and reasons, and every mentee left
/// waiting with the reason. In mentee-choice programmes it also writes each mentee's top suggestions.
/// </summary>
public sealed class MatchCommand : ICliCommand
{
    private static readonly string[] s_required = ["programme", "mentees", "mentors", "out"];
    private static readonly string[] s_optional = ["week"];

    public string Name => "match";

    public string Usage => "--programme <programme.json> --mentees <mentees.json> --mentors <mentors.json> --out <matches.json> [--week yyyy-MM-dd]";

    public string Summary => "match a programme's mentees to mentors: constraints, scores with reasons, optimal cohort assignment";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (CommandLineOptions.AsksForHelp(arguments))
        {
            await output.WriteLineAsync($"usage: mentorflow {Name} {Usage}");
            await output.WriteLineAsync(Summary);
            return ExitCodes.Success;
        }

        var options = CommandLineOptions.Parse(arguments, s_required, s_optional, out var flagError);
        if (options is null)
        {
            await error.WriteLineAsync($"mentorflow {Name}: {flagError}");
            await error.WriteLineAsync($"usage: mentorflow {Name} {Usage}");
            return ExitCodes.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        var input = MatchInput.Read(
            options["programme"], options["mentees"], options["mentors"], options.Optional("week"), DateOnly.FromDateTime(DateTime.UtcNow), out var inputErrors);
        if (input is null)
        {
            foreach (var message in inputErrors)
            {
                await error.WriteLineAsync(message);
            }

            return ExitCodes.InvalidInput;
        }

        var index = MatchingIndex.Build(input.Programme, input.Mentees, input.Mentors, input.Week);
        var result = CohortMatching.Match(index, cancellationToken: cancellationToken);
        var suggestions = input.Programme.Matching.Mode == MatchingMode.MenteeChoice ? MatchReport.SuggestionsFor(input, index) : null;
        var report = MatchReport.From(input, result, suggestions);
        try
        {
            await report.WriteAsync(options["out"], cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{options["out"]}: cannot write: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"matched {result.Matches.Count} of {input.Mentees.Count} mentees with {input.Mentors.Count} mentors in the week of {report.Week}: total score {report.TotalScore}, {result.Unmatched.Count} waiting ({clock.Elapsed.TotalSeconds:F2} s)"));
        return ExitCodes.Success;
    }
}
