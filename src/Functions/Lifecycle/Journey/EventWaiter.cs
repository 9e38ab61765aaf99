using System.Text.Json;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// Waits for the first of several external events, or a durable deadline. Events already received are taken one at
/// a time, in the order the names are given, so two buffered events never both get consumed by one wait: the one
/// not returned stays buffered for the next wait (and is carried across ContinueAsNew).
/// </summary>
public sealed class EventWaiter(TaskOrchestrationContext context)
{
    /// <summary>The first event among <paramref name="names"/>, or null when <paramref name="until"/> comes first.</summary>
    public async Task<JourneyEvent?> NextAsync(DateTimeOffset? until, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        using var cancel = new CancellationTokenSource();
        var waits = new List<(string Name, Task<JsonElement> Task)>(names.Length);

        // Cancel, not CancelAsync: cancellation callbacks must run on the orchestrator's replaying thread.
#pragma warning disable CA1849
        foreach (var name in names)
        {
            var wait = context.WaitForExternalEvent<JsonElement>(name, cancel.Token);
            if (wait.IsCompletedSuccessfully)
            {
                cancel.Cancel();
                return new JourneyEvent(name, wait.Result);
            }

            waits.Add((name, wait));
        }

        var tasks = waits.Select(w => (Task)w.Task).ToList();
        Task? timer = null;
        if (until is { } deadline)
        {
            timer = context.CreateTimer(deadline.UtcDateTime, cancel.Token);
            tasks.Add(timer);
        }

        var winner = await Task.WhenAny(tasks);
        cancel.Cancel();
#pragma warning restore CA1849
        if (winner == timer)
        {
            return null;
        }

        var (eventName, task) = waits.First(w => w.Task == winner);
        return new JourneyEvent(eventName, await task);
    }
}
