using MentorFlow.Cli;
using MentorFlow.Cli.Commands;

// The commands of `mentorflow`, one line each.
ICliCommand[] commands =
[
    new AssignCommand(),
    new MatchCommand(),
];

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await new CommandDispatcher(commands).RunAsync(args, Console.Out, Console.Error, cancellation.Token);
