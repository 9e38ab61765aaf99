using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>Reads a programme's stored draft, which the orchestrator turns into a <see cref="Programme"/> (a pure step).</summary>
public sealed class ReadProgramme(IProgrammeStore programmes) : TaskActivity<string, ProgrammeDraft>
{
    public override async Task<ProgrammeDraft> RunAsync(TaskActivityContext context, string input)
    {
        ArgumentNullException.ThrowIfNull(context);
        var stored = await programmes.GetAsync(ProgrammeId.Parse(input, "programmeId").Value, context.CancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Programme {input} is not stored.");
        return stored.Draft;
    }
}
