using MentorFlow.Durable.Storage;

namespace MentorFlow.Durable.Worker;

/// <summary>Initializes the store once per process, for whichever of the worker and the client uses it first.</summary>
internal sealed class StoreInitializer(IOrchestrationStore store)
{
    private readonly Lock _gate = new();
    private Task? _initialization;

    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_initialization is null || _initialization.IsFaulted || _initialization.IsCanceled)
            {
                _initialization = store.InitializeAsync(cancellationToken);
            }

            return _initialization;
        }
    }
}
