using System.Net;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Creates a database and its containers when missing, once per process, by whichever caller comes first; the others
/// wait for it, and a failed or cancelled attempt is tried again by the next caller. A managed identity with data-plane
/// roles only may not create them: then the deployment does, and reading each container proves it is there.
/// </summary>
public sealed class CosmosContainerCreation
{
    private readonly CosmosClient _client;
    private readonly string _database;
    private readonly IReadOnlyList<ContainerProperties> _containers;
    private readonly Lock _gate = new();
    private Task? _creation;

    public CosmosContainerCreation(CosmosClient client, string database, IReadOnlyList<ContainerProperties> containers)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentNullException.ThrowIfNull(containers);
        _client = client;
        _database = database;
        _containers = containers;
    }

    /// <summary>Whether every container is known to exist.</summary>
    public bool IsReady => _creation is { IsCompletedSuccessfully: true };

    public Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        Task creation;
        lock (_gate)
        {
            if (_creation is null || _creation.IsFaulted || _creation.IsCanceled)
            {
                _creation = CreateAsync(cancellationToken);
            }

            creation = _creation;
        }

        return creation.WaitAsync(cancellationToken);
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var database = (await _client.CreateDatabaseIfNotExistsAsync(_database, cancellationToken: cancellationToken).ConfigureAwait(false)).Database;
            foreach (var container in _containers)
            {
                await database.CreateContainerIfNotExistsAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
        {
            foreach (var container in _containers)
            {
                await _client.GetContainer(_database, container.Id).ReadContainerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
