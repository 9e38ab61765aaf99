namespace MentorFlow.Durable.Engine;

/// <summary>What kind of thing the orchestrator scheduled at a sequence number.</summary>
internal enum ActionKind
{
    Activity,
    Timer,
    SendEvent,
    SubOrchestration,
}

/// <summary>Something the orchestrator code scheduled, identified by its sequence number.</summary>
internal sealed record OrchestrationAction(
    int Sequence,
    ActionKind Kind,
    string? Name = null,
    string? Input = null,
    DateTime FireAt = default,
    string? TargetInstanceId = null)
{
    public string Describe() => Kind switch
    {
        ActionKind.Activity => $"activity '{Name}'",
        ActionKind.Timer => $"a timer firing at {FireAt:O}",
        ActionKind.SendEvent => $"event '{Name}' sent to '{TargetInstanceId}'",
        _ => $"sub-orchestration '{Name}'",
    };
}
