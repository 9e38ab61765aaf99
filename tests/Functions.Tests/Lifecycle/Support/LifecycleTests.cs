using MentorFlow.Domain.Messages;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// A class of lifecycle tests, written once and run on each storage (<c>LifecycleOnSqlite.cs</c>,
/// <c>LifecycleOnCosmos.cs</c>).
/// </summary>
public abstract class LifecycleTests(LifecycleStorage storage)
{
    /// <summary>A new host on this class's storage, with an empty data directory (and database).</summary>
    protected LifecycleHost NewHost(Func<IEmailSender, IEmailSender>? decorateMail = null, Action<IServiceCollection>? configureServices = null) =>
        storage.NewHost(decorateMail, configureServices);
}
