using MentorFlow.Durable;

namespace MentorFlow.Functions.Tests.TestOrchestrations;

/// <summary>Waits for an "Approval" event and returns what it carried: an instance that stays Running until told.</summary>
[DurableTask(Name)]
public sealed class AwaitApprovalOrchestrator : TaskOrchestrator<string, Approval>
{
    public const string Name = "AwaitApproval";
    public const string EventName = "Approval";

    public override async Task<Approval> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus(new { waitingFor = EventName });
        return await context.WaitForExternalEvent<Approval>(EventName);
    }
}

public sealed record Approval(string ApprovedBy, bool Approved);
