namespace MentorFlow.Cli;

/// <summary>One <c>mentorflow</c> command. Output goes to the writers given, so tests run commands in-process.</summary>
public interface ICliCommand
{
    /// <summary>The word after <c>mentorflow</c> that selects the command.</summary>
    string Name { get; }

    /// <summary>One line: the flags, as shown in the usage text.</summary>
    string Usage { get; }

    /// <summary>One line: what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command with the arguments after its name; returns an <see cref="ExitCodes"/> value.</summary>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken);
}
