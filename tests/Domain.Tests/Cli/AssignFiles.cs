using MentorFlow.Cli;
using MentorFlow.Cli.Commands;

namespace MentorFlow.Domain.Tests.Cli;

/// <summary>A temporary directory with the CSV files for one <c>mentorflow assign</c> run, and the run itself.</summary>
internal sealed class AssignFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("mentorflow-assign-").FullName;

    public AssignFiles(string scores = "mentee,m1,m2\na,0.5,0.25\nb,0.75,\n", string capacities = "mentor,capacity\nm1,1\nm2,1\n")
    {
        File.WriteAllText(ScoresPath, scores);
        File.WriteAllText(CapacitiesPath, capacities);
    }

    public string ScoresPath => Path.Combine(_directory, "scores.csv");

    public string CapacitiesPath => Path.Combine(_directory, "capacities.csv");

    public string OutPath => Path.Combine(_directory, "assignment.csv");

    public string Output { get; private set; } = "";

    public string Error { get; private set; } = "";

    public string[] AssignmentLines => File.ReadAllLines(OutPath);

    public Task<int> AssignAsync() =>
        RunAsync("assign", "--scores", ScoresPath, "--capacities", CapacitiesPath, "--out", OutPath);

    public async Task<int> RunAsync(params string[] arguments)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new CommandDispatcher([new AssignCommand()]).RunAsync(arguments, output, error, CancellationToken.None);
        Output = output.ToString();
        Error = error.ToString();
        return exitCode;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
