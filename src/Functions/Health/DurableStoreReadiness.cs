namespace MentorFlow.Functions.Health;

/// <summary>Whether the orchestration store has been initialised, so the host can serve.</summary>
public sealed class DurableStoreReadiness
{
    private volatile bool _isReady;

    public bool IsReady => _isReady;

    public void MarkReady() => _isReady = true;
}
