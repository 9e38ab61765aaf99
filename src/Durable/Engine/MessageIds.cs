namespace MentorFlow.Durable.Engine;

/// <summary>
/// The deterministic ids of everything a step produces. A step that is computed again (after a crash before its
/// commit, or a lost lease) produces the same ids, so stores deliver each message and task once. After a rewind,
/// sequence numbers are used again, so ids then carry the rewind count.
/// </summary>
internal static class MessageIds
{
    public static string ActivityTask(string instanceId, string executionId, int sequence, int rewinds)
        => Storage.ActivityTask.IdFor(instanceId, executionId, sequence) + Suffix(rewinds);

    public static string ActivityResult(string taskId) => $"{taskId}:result";

    public static string Timer(string instanceId, string executionId, int sequence, int rewinds)
        => $"{instanceId}:{executionId}:{sequence}:timer{Suffix(rewinds)}";

    public static string EventSent(string instanceId, string executionId, int sequence, int rewinds)
        => $"{instanceId}:{executionId}:{sequence}:event{Suffix(rewinds)}";

    public static string SubOrchestrationStart(string instanceId, string executionId, int sequence, int rewinds)
        => $"{instanceId}:{executionId}:{sequence}:start{Suffix(rewinds)}";

    public static string SubOrchestrationRewind(string instanceId, string executionId, int sequence, int rewinds)
        => $"{instanceId}:{executionId}:{sequence}:rewind{Suffix(rewinds)}";

    /// <summary>A finished child's result sent again, once per parent rewind that asked for it.</summary>
    public static string CompletionResent(string rewindMessageId) => $"{rewindMessageId}:resent";

    public static string CompletionToParent(string instanceId, string executionId, int rewinds)
        => $"{instanceId}:{executionId}:completed{Suffix(rewinds)}";

    public static string StartRefused(string instanceId, string refusedExecutionId) => $"{instanceId}:{refusedExecutionId}:refused";

    public static string ContinueAsNewStart(string instanceId, string newExecutionId) => $"{instanceId}:{newExecutionId}:start";

    public static string CarriedEvent(string instanceId, string newExecutionId, int index) => $"{instanceId}:{newExecutionId}:carried:{index}";

    private static string Suffix(int rewinds) => rewinds == 0 ? string.Empty : $"~r{rewinds}";
}
