using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Cosmos.Mentoring;

/// <summary>
/// Participants on Cosmos DB, in their programme's partition: adding is a create (the first enrolment wins), a
/// status change and a mentee's enrolment giving way to their mentor enrolment a replace with
/// If-Match, and listing a single-partition query sorted here (no ORDER BY needed).
/// </summary>
public sealed class CosmosParticipantStore : IParticipantStore
{
    private readonly DocumentContainer _documents;

    public CosmosParticipantStore(CosmosMentoringDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _documents = database.Documents(MentoringContainer.Name);
    }

    public async Task<StoredParticipant> AddAsync(StoredParticipant participant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var document = ParticipantDocument.Of(participant);
        while (true)
        {
            if (await _documents.CreateAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return participant;
            }

            if (await GetAsync(participant.Programme, participant.Id, cancellationToken).ConfigureAwait(false) is { } kept)
            {
                return kept;
            }
        }
    }

    public async Task<StoredParticipant?> ReplaceMenteeAsync(StoredParticipant mentor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        while (true)
        {
            var kept = await ReadAsync(mentor.Programme, mentor.Id, cancellationToken).ConfigureAwait(false);
            if (kept is null || kept.Role != EnrolmentRole.Mentee)
            {
                return kept?.ToStored(mentor.Programme);
            }

            var replacement = ParticipantDocument.Of(mentor);
            replacement.ETag = kept.ETag;
            if (await _documents.ReplaceAsync(replacement, cancellationToken).ConfigureAwait(false))
            {
                return mentor;
            }
        }
    }

    public async Task<StoredParticipant?> GetAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var document = await ReadAsync(programme, id, cancellationToken).ConfigureAwait(false);
        return document?.ToStored(programme);
    }

    public async Task<IReadOnlyList<StoredParticipant>> ListAsync(ProgrammeId programme, EnrolmentRole role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var documents = await _documents.QueryAsync<ParticipantDocument>(
                programme.Value, "c.kind = 'participant' AND c.role = @role", [("@role", role.ToString())], cancellationToken)
            .ConfigureAwait(false);
        return documents
            .OrderBy(document => document.EnrolledAt)
            .ThenBy(document => document.ParticipantId, StringComparer.Ordinal)
            .Select(document => document.ToStored(programme))
            .ToList();
    }

    public async Task<bool> SetStatusAsync(ProgrammeId programme, ParticipantId id, ParticipantStatus status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        while (true)
        {
            var document = await ReadAsync(programme, id, cancellationToken).ConfigureAwait(false);
            if (document is null)
            {
                return false;
            }

            document.Status = status;
            if (await _documents.ReplaceAsync(document, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }
        }
    }

    private Task<ParticipantDocument?> ReadAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
        => _documents.ReadAsync<ParticipantDocument>(MentoringContainer.ParticipantDocumentId(id), programme.Value, cancellationToken);
}
