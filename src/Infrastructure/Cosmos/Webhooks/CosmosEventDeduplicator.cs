using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using MentorFlow.Infrastructure.Cosmos.Mentoring;
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
public sealed class CosmosEventDeduplicator : IEventDeduplicator
{
    public const string DefaultContainerName = "sendgrid-events";

    private readonly DocumentContainer _documents;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _clock;

    public CosmosEventDeduplicator(CosmosClient client, string database, TimeSpan retention, TimeProvider clock, string container = DefaultContainerName)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(retention, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(clock);
        // -1: time-to-live on, each document saying its own.
        var creation = new CosmosContainerCreation(client, database, [new ContainerProperties(container, CosmosMentoringDatabase.PartitionKeyPath) { DefaultTimeToLive = -1 }]);
        _documents = new DocumentContainer(client.GetContainer(database, container), creation.EnsureCreatedAsync);
        _retention = retention;
        _clock = clock;
    }

    public async ValueTask<bool> IsHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var document = await _documents.ReadAsync<HandledEventDocument>(DocumentId(eventId), eventId, cancellationToken).ConfigureAwait(false);
        return document is not null && document.HandledAt >= _clock.GetUtcNow() - _retention;
    }

    public async ValueTask MarkHandledAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var document = new HandledEventDocument
        {
            Id = DocumentId(eventId),
            Pk = eventId,
            HandledAt = _clock.GetUtcNow(),
            TimeToLive = (int)Math.Ceiling(_retention.TotalSeconds),
        };
        await _documents.UpsertAsync(document, cancellationToken).ConfigureAwait(false);
    }

    // SendGrid's event ids are base64 and may hold '/', which a document id may not: the id is a hash of it.
    private static string DocumentId(string eventId)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(eventId))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed class HandledEventDocument : CosmosDocument
    {
        public override string Kind => "sendgrid-event";

        public required DateTimeOffset HandledAt { get; init; }

        [JsonPropertyName("ttl")]
        public int? TimeToLive { get; init; }
    }
}
