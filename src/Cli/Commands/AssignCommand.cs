using System.Diagnostics;
using System.Globalization;
using MentorFlow.Cli.Assignment;
using MentorFlow.Domain.Matching.Assignment;

namespace MentorFlow.Cli.Commands;

/// <summary>
/// <c>mentorflow assign</c>: the pure cohort assignment, solved exactly from two CSV files. The last line
/// of stdout is a JSON summary, <c>{"assigned":N,"total":X,"seconds":T}</c>, for scripts; the seconds
/// cover the whole command (read, solve, write).
/// </summary>
public sealed class AssignCommand : ICliCommand
{
    private static readonly string[] s_flags = ["scores", "capacities", "out"];

    public string Name => "assign";

    public string Usage => "--scores <scores.csv> --capacities <capacities.csv> --out <assignment.csv>";

    public string Summary => "assign mentees to mentors for the largest total score under mentor capacities (exact)";

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

        var options = CommandLineOptions.Parse(arguments, s_flags, out var flagError);
        if (options is null)
        {
            await error.WriteLineAsync($"mentorflow {Name}: {flagError}");
            await error.WriteLineAsync($"usage: mentorflow {Name} {Usage}");
            return ExitCodes.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        var input = AssignmentInput.Read(options["scores"], options["capacities"], cancellationToken, out var inputError);
        if (input is null)
        {
            await error.WriteLineAsync(inputError!.ToString());
            return ExitCodes.InvalidInput;
        }

        var read = clock.Elapsed;
        await output.WriteLineAsync(FormattableString.Invariant(
            $"read {input.Problem.MenteeCount} mentees x {input.Problem.MentorCount} mentors in {read.TotalSeconds:F2} s"));

        var result = AssignmentSolver.Solve(input.Problem, cancellationToken);
        await output.WriteLineAsync(FormattableString.Invariant($"solved in {(clock.Elapsed - read).TotalSeconds:F2} s"));

        try
        {
            await AssignmentCsvWriter.WriteAsync(options["out"], input, result, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"{options["out"]}: cannot write: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        var total = result.TotalScore.ToString("R", CultureInfo.InvariantCulture);
        var seconds = clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"{{\"assigned\":{result.Pairs.Count},\"total\":{total},\"seconds\":{seconds}}}");
        return ExitCodes.Success;
    }
}
