using System.Text.Json;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Cosmos.Mentoring;

/// <summary>
/// Programmes on Cosmos DB: one document per programme in the programme's own partition; its ETag is the
/// programme's version, so an update with an expected version is a replace with If-Match.
/// </summary>
public sealed class CosmosProgrammeStore : IProgrammeStore
{
    private readonly DocumentContainer _documents;

    public CosmosProgrammeStore(CosmosMentoringDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _documents = database.Documents(MentoringContainer.Name);
    }

    public async Task<StoredProgramme?> GetAsync(ProgrammeId id, CancellationToken cancellationToken)
        => (await ReadAsync(id, cancellationToken).ConfigureAwait(false))?.ToStored();

    public async Task<StoredProgramme?> TryAddAsync(ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var document = New(id, draft, at);
        return await _documents.CreateAsync(document, cancellationToken).ConfigureAwait(false) ? document.ToStored() : null;
    }

    public async Task<StoredProgramme?> PutAsync(
        ProgrammeId id, ProgrammeDraft draft, string? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        while (true)
        {
            var existing = await ReadAsync(id, cancellationToken).ConfigureAwait(false);
            if (expectedVersion is not null && existing?.ETag != expectedVersion)
            {
                // A put repeated after it succeeded (an activity or a client retrying) finds its own draft in place.
                return existing is not null && SameDraft(existing.Draft, draft) ? existing.ToStored() : null;
            }

            var document = New(id, draft, at);
            if (existing is null)
            {
                if (await _documents.CreateAsync(document, cancellationToken).ConfigureAwait(false))
                {
                    return document.ToStored();
                }

                continue;
            }

            document.ETag = existing.ETag;
            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return document.ToStored();
            }

            if (expectedVersion is not null)
            {
                return null;
            }
        }
    }

    private static bool SameDraft(ProgrammeDraft? stored, ProgrammeDraft given)
        => JsonSerializer.Serialize(stored, JsonSerializerOptions.Web) == JsonSerializer.Serialize(given, JsonSerializerOptions.Web);

    private Task<ProgrammeDocument?> ReadAsync(ProgrammeId id, CancellationToken cancellationToken)
        => _documents.ReadAsync<ProgrammeDocument>(ProgrammeDocument.DocumentId, id.Value, cancellationToken);

    private static ProgrammeDocument New(ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at)
        => new() { Id = ProgrammeDocument.DocumentId, Pk = id.Value, Draft = draft, UpdatedAt = at };
}
