using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Infrastructure.Tests.Cosmos;

namespace MentorFlow.Functions.Tests.Lifecycle;

// The lifecycle test classes on Cosmos DB: the whole host (workflow state, domain data, used links) on one emulator
// shared by these classes, each host in a database of its own. FinalReviewTests runs on SQLite only: each of its six
// tests walks a mentorship to its close-out, which the emulator makes several times slower, and the final reviews
// on Cosmos DB are already walked by AutomaticJourneyOnCosmos and FullLifecycleByLinksOnCosmos.

/// <summary>The lifecycle classes on Cosmos DB share one emulator process and run one after another on it.</summary>
[CollectionDefinition(Name)]
public sealed class LifecycleOnCosmosCollection : ICollectionFixture<CosmosEmulatorFixture>
{
    public const string Name = "Lifecycle on Cosmos DB";
}

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class AgreementAndReviewOnCosmos(CosmosEmulatorFixture emulator) : AgreementAndReviewTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class AutomaticJourneyOnCosmos(CosmosEmulatorFixture emulator) : AutomaticJourneyTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class BecomeAMentorOnCosmos(CosmosEmulatorFixture emulator) : BecomeAMentorTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class EarlyCloseOnCosmos(CosmosEmulatorFixture emulator) : EarlyCloseTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class FullLifecycleByLinksOnCosmos(CosmosEmulatorFixture emulator) : FullLifecycleByLinksTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class GroupProgrammeOnCosmos(CosmosEmulatorFixture emulator) : GroupProgrammeTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class IdempotencyOnCosmos(CosmosEmulatorFixture emulator) : IdempotencyTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class LinkAnswerCrashOnCosmos(CosmosEmulatorFixture emulator) : LinkAnswerCrashTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class MatchingModeOnCosmos(CosmosEmulatorFixture emulator) : MatchingModeTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class MeetingReminderOnCosmos(CosmosEmulatorFixture emulator) : MeetingReminderTests(LifecycleStorage.Cosmos(emulator));

[Collection(LifecycleOnCosmosCollection.Name)]
public sealed class RematchOnCosmos(CosmosEmulatorFixture emulator) : RematchTests(LifecycleStorage.Cosmos(emulator));
