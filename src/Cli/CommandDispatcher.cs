namespace MentorFlow.Cli;

/// <summary>Picks the command named by the first argument and runs it with the rest; prints usage otherwise.</summary>
public sealed class CommandDispatcher(IReadOnlyList<ICliCommand> commands)
{
    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (arguments.Count == 0 || arguments[0] is "--help" or "-h" or "help")
        {
            await WriteUsageAsync(arguments.Count == 0 ? error : output);
            return arguments.Count == 0 ? ExitCodes.InvalidInput : ExitCodes.Success;
        }

        var command = commands.FirstOrDefault(c => c.Name == arguments[0]);
        if (command is null)
        {
            await error.WriteLineAsync($"mentorflow: unknown command '{arguments[0]}'");
            await WriteUsageAsync(error);
            return ExitCodes.InvalidInput;
        }

        try
        {
            return await command.RunAsync(arguments.Skip(1).ToArray(), output, error, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"mentorflow {command.Name}: cancelled");
            return ExitCodes.Cancelled;
        }
    }

    private async Task WriteUsageAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("usage: mentorflow <command> [options]");
        await writer.WriteLineAsync();
        foreach (var command in commands)
        {
            await writer.WriteLineAsync($"  mentorflow {command.Name} {command.Usage}");
            await writer.WriteLineAsync($"      {command.Summary}");
        }
    }
}
