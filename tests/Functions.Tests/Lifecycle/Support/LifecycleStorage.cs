using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Tests.Cosmos;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// Where a lifecycle test's host keeps workflow state and domain data: the embedded SQLite file, or Cosmos DB (the
/// emulator), each host in a database of its own.
/// </summary>
public sealed class LifecycleStorage
{
    private readonly Func<IReadOnlyDictionary<string, string>> _settings;

    private LifecycleStorage(Func<IReadOnlyDictionary<string, string>> settings) => _settings = settings;

    public static LifecycleStorage Sqlite { get; } = new(() => new Dictionary<string, string>());

    public static LifecycleStorage Cosmos(CosmosEmulatorFixture emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        return new(() => emulator.HostSettings(emulator.NewDatabaseName("lifecycle")));
    }

    public LifecycleHost NewHost(Func<IEmailSender, IEmailSender>? decorateMail = null, Action<IServiceCollection>? configureServices = null) =>
        new(decorateMail, _settings(), configureServices);
}
