namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>Every Cosmos test class joins this collection, so they share one emulator process.</summary>
[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosEmulatorFixture>
{
    public const string Name = "Cosmos emulator";
}
