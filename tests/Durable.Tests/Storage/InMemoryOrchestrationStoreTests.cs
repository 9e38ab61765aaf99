using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.InMemory;

namespace MentorFlow.Durable.Tests.Storage;

/// <summary>The store contract over the in-memory store.</summary>
public sealed class InMemoryOrchestrationStoreTests : OrchestrationStoreContract
{
    protected override IOrchestrationStore CreateStore(TimeProvider clock) => new InMemoryOrchestrationStore(clock);
}
