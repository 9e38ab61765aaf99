using MentorFlow.Durable;
using MentorFlow.Durable.History;
using MentorFlow.Durable.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>The store's rules about an instance document, without Cosmos DB.</summary>
public sealed class InstanceRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_suspended_instance_has_no_work_until_a_resume_arrives_and_then_gets_every_waiting_message()
    {
        var document = Document(OrchestrationRuntimeStatus.Suspended, Raised("event-1"));
        Assert.Null(InstanceRules.NextWorkAt(document, Now));
        Assert.Empty(InstanceRules.VisibleMessages(document, Now));

        InstanceRules.Accept(document, Message("resume-1", new ExecutionResumedEvent(-1, Now, null)));

        Assert.Equal(Now, InstanceRules.NextWorkAt(document, Now));
        Assert.Equal(["event-1", "resume-1"], InstanceRules.VisibleMessages(document, Now).Select(message => message.MessageId));
    }

    [Fact]
    public void A_finished_instance_drops_an_event_but_takes_a_rewind()
    {
        var document = Document(OrchestrationRuntimeStatus.Failed);

        Assert.False(InstanceRules.Accept(document, Raised("event-1")));
        Assert.True(InstanceRules.Accept(document, Message("rewind-1", new ExecutionRewoundEvent(-1, Now, "retry"))));
    }

    [Fact]
    public void A_message_already_in_the_inbox_or_consumed_by_the_execution_is_not_taken_again()
    {
        var document = Document(OrchestrationRuntimeStatus.Running, Raised("event-1"));
        document.ConsumedMessageIds.Add("event-0");

        Assert.False(InstanceRules.Accept(document, Raised("event-1")));
        Assert.False(InstanceRules.Accept(document, Raised("event-0")));
        Assert.Single(document.Inbox);
    }

    [Fact]
    public void Work_is_due_at_the_earliest_message_but_not_before_an_abandons_delay_nor_during_a_live_lease()
    {
        var timer = Message("timer-1", new TimerFiredEvent(-1, Now, 1, Now.AddHours(2))) with { VisibleAt = Now.AddHours(2) };
        var document = Document(OrchestrationRuntimeStatus.Running, timer);
        Assert.Equal(Now.AddHours(2), InstanceRules.NextWorkAt(document, Now));

        document.AvailableAt = Now.AddHours(3);
        Assert.Equal(Now.AddHours(3), InstanceRules.NextWorkAt(document, Now));

        document.Lease = new WorkLease("worker-a", "token", Now.AddMinutes(1));
        Assert.Equal(Now.AddMinutes(1), InstanceRules.NextWorkAt(document, Now));
    }

    [Fact]
    public void A_step_keeps_messages_to_itself_in_its_inbox_and_puts_the_rest_in_the_outbox()
    {
        var document = Document(OrchestrationRuntimeStatus.Running, Raised("event-1"));
        document.Lease = new WorkLease("worker-a", "token", Now.AddMinutes(1));
        var timer = Message("timer-1", new TimerFiredEvent(-1, Now, 1, Now.AddDays(1))) with { VisibleAt = Now.AddDays(1) };
        var toMentor = new TaskMessage("sent-2", "mentor-1", null, new EventRaisedEvent(-1, Now, "Matched", null));
        var task = new ActivityTask(ActivityTask.IdFor("journey-1", "exec-1", 3), "journey-1", "exec-1", 3, "SendWelcome", null);

        InstanceRules.ApplyStep(document, Step(document.Record, ["event-1"], [timer, toMentor], [task]), "token");

        Assert.Equal(["timer-1"], document.Inbox.Select(message => message.MessageId));
        Assert.Equal(["sent-2"], document.OutboxMessages.Select(message => message.MessageId));
        Assert.Equal([task], document.OutboxTasks);
        Assert.Equal(["event-1"], document.ConsumedMessageIds);
        Assert.Null(document.Lease);
        Assert.Equal("token", document.LastCommittedLockToken);
    }

    [Fact]
    public void A_step_that_replaces_the_history_forgets_the_consumed_message_ids()
    {
        var document = Document(OrchestrationRuntimeStatus.Running, Raised("event-1"));
        document.ConsumedMessageIds.Add("event-0");

        InstanceRules.ApplyStep(document, Step(document.Record, ["event-1"], [], []) with { ReplacesHistory = true }, "token");

        Assert.Equal(["event-1"], document.ConsumedMessageIds);
    }

    private static InstanceDocument Document(OrchestrationRuntimeStatus status, params TaskMessage[] inbox)
        => InstanceDocument.New(new InstanceRecord("journey-1", "Onboarding", "exec-1", status, Now, Now), inbox);

    private static TaskMessage Raised(string messageId) => Message(messageId, new EventRaisedEvent(-1, Now, "Approved", "true"));

    private static TaskMessage Message(string messageId, HistoryEvent historyEvent) => new(messageId, "journey-1", null, historyEvent);

    private static OrchestrationStepResult Step(
        InstanceRecord record, IReadOnlyList<string> consumed, IReadOnlyList<TaskMessage> outbound, IReadOnlyList<ActivityTask> tasks)
        => new(record, [new OrchestratorStartedEvent(-1, Now)], ReplacesHistory: false, consumed, tasks, outbound);
}
