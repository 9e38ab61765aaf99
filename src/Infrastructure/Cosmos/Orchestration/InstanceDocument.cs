using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// Everything about one instance, in one document, so that one conditional replace commits a whole step: the record,
/// the current execution's history, the inbox, the outbox of tasks and messages still to deliver, and the lease.
/// </summary>
internal sealed class InstanceDocument : CosmosDocument
{
    public override string Kind => "instance";

    public required InstanceRecord Record { get; set; }

    public List<HistoryEvent> History { get; set; } = [];

    /// <summary>Messages not yet taken into history, in arrival order.</summary>
    public List<TaskMessage> Inbox { get; set; } = [];

    /// <summary>Ids of the messages the current execution consumed, so a message delivered again is not taken twice.</summary>
    public List<string> ConsumedMessageIds { get; set; } = [];

    /// <summary>Activity tasks a committed step created that are not yet known to be stored as task documents.</summary>
    public List<ActivityTask> OutboxTasks { get; set; } = [];

    /// <summary>Messages for other instances that a committed step sent and that are not yet known to be delivered.</summary>
    public List<TaskMessage> OutboxMessages { get; set; } = [];

    public WorkLease? Lease { get; set; }

    /// <summary>How often the instance was locked since its last committed step.</summary>
    public int DequeueCount { get; set; }

    /// <summary>After an abandon with a delay: no work is handed out before this time.</summary>
    public DateTime? AvailableAt { get; set; }

    /// <summary>The lock token of the last committed step, so a commit retried after a lost response is recognised.</summary>
    public string? LastCommittedLockToken { get; set; }

    public static InstanceDocument New(InstanceRecord record, IEnumerable<TaskMessage> inbox) => new()
    {
        Id = StoreLayout.InstanceDocumentId,
        Pk = StoreLayout.InstancePartition(record.InstanceId),
        Record = record,
        Inbox = [.. inbox],
    };
}

/// <summary>Who holds an instance or an activity task, and until when; the token proves it.</summary>
internal sealed record WorkLease(string Owner, string Token, DateTime LockedUntil)
{
    public bool IsLiveAt(DateTime now) => LockedUntil > now;
}
