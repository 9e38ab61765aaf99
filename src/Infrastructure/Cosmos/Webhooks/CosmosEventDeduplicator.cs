using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using MentorFlow.Infrastructure.Cosmos.Orchestration;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos.Webhooks;

/// <summary>
/// The handled SendGrid webhook events on Cosmos DB, in the container <c>sendgrid-events</c>, one document per event
/// in a partition of its own (the event id), so each check and record is a point read or an upsert. The container
/// has time-to-live on and every document expires after the retention; a read also compares the recorded time with
/// the retention, so the answer is the same where TTL is not enforced (the emulator).
/// </summary>
public sealed class CosmosEventDeduplicator : IEventDeduplicator, IDisposable
{
    public const string DefaultContainerName = "sendgrid-events";

    private readonly CosmosClient _client;
    private readonly string _database;
    private readonly string _containerName;
    private readonly Container _container;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _ensureGate = new(1, 1);
    private volatile bool _ensured;

    public CosmosEventDeduplicator(CosmosClient client, string database, TimeSpan retention, TimeProvider clock, string container = DefaultContainerName)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        _client = client;
        _database = database;
        _containerName = container;
        _container = client.GetContainer(database, container);
        _retention = retention;
        _clock = clock;
    }

    public async ValueTask<bool> IsHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var document = await new DocumentContainer(_container).ReadAsync<HandledEventDocument>(DocumentId(eventId), eventId, cancellationToken)
            .ConfigureAwait(false);
        return document is not null && document.HandledAt >= _clock.GetUtcNow() - _retention;
    }

    public async ValueTask MarkHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await EnsureContainerAsync(cancellationToken).ConfigureAwait(false);
        var document = new HandledEventDocument
        {
            Id = DocumentId(eventId),
            Pk = eventId,
            HandledAt = _clock.GetUtcNow(),
            TimeToLive = (int)Math.Ceiling(_retention.TotalSeconds),
        };
        await new DocumentContainer(_container).UpsertAsync(document, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _ensureGate.Dispose();

    // SendGrid's event ids are base64 and may hold '/', which a document id may not: the id is a hash of it.
    private static string DocumentId(string eventId)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(eventId))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private async Task EnsureContainerAsync(CancellationToken cancellationToken)
    {
        if (_ensured)
        {
            return;
        }

        await _ensureGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ensured)
            {
                return;
            }

            try
            {
                var database = await _client.CreateDatabaseIfNotExistsAsync(_database, cancellationToken: cancellationToken).ConfigureAwait(false);
                // -1: time-to-live on, each document saying its own.
                await database.Database.CreateContainerIfNotExistsAsync(
                        new ContainerProperties(_containerName, "/pk") { DefaultTimeToLive = -1 }, cancellationToken: cancellationToken)
                    .ConfigureAwait(false);
            }
            catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
            {
                // A managed identity without the right to create relies on the deployment having made it.
                await _container.ReadContainerAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            _ensured = true;
        }
        finally
        {
            _ensureGate.Release();
        }
    }

    private sealed class HandledEventDocument : CosmosDocument
    {
        public override string Kind => "sendgrid-event";

        public required DateTimeOffset HandledAt { get; init; }

        [JsonPropertyName("ttl")]
        public int? TimeToLive { get; init; }
    }
}
