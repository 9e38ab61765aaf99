using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// The store's rules about an instance document, with no I/O: which inbox messages count as work in which status,
/// when the instance next has work, and how a delivered message is taken in (idempotently by message id).
/// </summary>
internal static class InstanceRules
{
    /// <summary>Whether a message in the inbox can be handed to a worker while the instance has this status.</summary>
    public static bool CanActOn(TaskMessage message, OrchestrationRuntimeStatus status) => status switch
    {
        OrchestrationRuntimeStatus.Suspended => message.Event is ExecutionResumedEvent or ExecutionTerminatedEvent,
        OrchestrationRuntimeStatus.Completed or OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated
            => message.Event is ExecutionRewoundEvent or ExecutionStartedEvent,
        _ => true,
    };

    /// <summary>The messages a worker locking the instance now would get, oldest first.</summary>
    public static List<TaskMessage> VisibleMessages(InstanceDocument document, DateTime now)
    {
        if (document.AvailableAt > now)
        {
            return [];
        }

        var visible = document.Inbox.Where(message => (message.VisibleAt ?? DateTime.MinValue) <= now).ToList();

        // A suspended instance wakes for a resume or terminate, and then gets the messages that waited as well.
        return visible.Any(message => CanActOn(message, document.Record.Status))
            ? visible.Where(message => document.Record.Status == OrchestrationRuntimeStatus.Suspended || CanActOn(message, document.Record.Status)).ToList()
            : [];
    }

    /// <summary>
    /// When the instance next needs a worker: the end of a live lease, or its earliest message it can act on (not before
    /// an abandon's delay), or now when an outbox is still to be delivered; null when it has nothing to do.
    /// </summary>
    public static DateTime? NextWorkAt(InstanceDocument document, DateTime now)
    {
        if (document.Lease is { } lease && lease.IsLiveAt(now))
        {
            return lease.LockedUntil;
        }

        if (document.OutboxTasks.Count > 0 || document.OutboxMessages.Count > 0)
        {
            return now;
        }

        var earliest = document.Inbox
            .Where(message => CanActOn(message, document.Record.Status))
            .Select(message => (DateTime?)(message.VisibleAt ?? now))
            .Min();
        if (earliest is null)
        {
            return null;
        }

        return document.AvailableAt > earliest ? document.AvailableAt : earliest;
    }

    /// <summary>
    /// Takes a message into the inbox unless it is there already, was consumed by the current execution, or the
    /// instance is finished and the message cannot act on it (then it is dropped). True when the inbox changed.
    /// </summary>
    public static bool Accept(InstanceDocument document, TaskMessage message)
    {
        if (document.Inbox.Any(existing => existing.MessageId == message.MessageId)
            || document.ConsumedMessageIds.Contains(message.MessageId)
            || (document.Record.IsFinished && !CanActOn(message, document.Record.Status)))
        {
            return false;
        }

        document.Inbox.Add(message);
        return true;
    }

    /// <summary>True when the current history or inbox already holds the result of the task (so it must not run again).</summary>
    public static bool HasResultFor(InstanceDocument document, ActivityTask task)
        => document.Record.ExecutionId == task.ExecutionId
           && document.History.Concat(document.Inbox.Select(message => message.Event)).Any(
               historyEvent => historyEvent switch
               {
                   TaskCompletedEvent completed => completed.TaskScheduledId == task.TaskScheduledId,
                   TaskFailedEvent failed => failed.TaskScheduledId == task.TaskScheduledId,
                   _ => false,
               });

    /// <summary>Applies a step to the document (not the lease): record, history, consumed messages, own messages, outbox.</summary>
    public static void ApplyStep(InstanceDocument document, OrchestrationStepResult step, string lockToken)
    {
        document.Record = step.Instance;
        if (step.ReplacesHistory)
        {
            document.History = [.. step.NewEvents];
            document.ConsumedMessageIds = [];
        }
        else
        {
            document.History.AddRange(step.NewEvents);
        }

        var consumed = step.ConsumedMessageIds.ToHashSet(StringComparer.Ordinal);
        document.Inbox.RemoveAll(message => consumed.Contains(message.MessageId));
        document.ConsumedMessageIds.AddRange(consumed);

        foreach (var message in step.OutboundMessages)
        {
            if (message.TargetInstanceId == document.Record.InstanceId)
            {
                // Messages to itself (timers, ContinueAsNew's start and carried-over events) commit with the step.
                if (document.Inbox.All(existing => existing.MessageId != message.MessageId))
                {
                    document.Inbox.Add(message);
                }
            }
            else
            {
                document.OutboxMessages.Add(message);
            }
        }

        document.OutboxTasks.AddRange(step.ActivityTasks);
        if (document.Record.IsFinished)
        {
            // A finished instance acts only on rewind or a new start; anything else left in its inbox is dropped.
            document.Inbox.RemoveAll(message => !CanActOn(message, document.Record.Status));
        }

        document.Lease = null;
        document.DequeueCount = 0;
        document.AvailableAt = null;
        document.LastCommittedLockToken = lockToken;
    }
}
