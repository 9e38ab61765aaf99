using System.Collections.Concurrent;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>Participants in a dictionary, with the store's contract (the first enrolment wins).</summary>
public sealed class InMemoryParticipantStore : IParticipantStore
{
    private readonly ConcurrentDictionary<(string Programme, string Id), StoredParticipant> _participants = new();

    public Task<StoredParticipant> AddAsync(StoredParticipant participant, CancellationToken cancellationToken)
        => Task.FromResult(_participants.GetOrAdd((participant.Programme.Value, participant.Id.Value), participant));

    public Task<StoredParticipant?> ReplaceMenteeAsync(StoredParticipant mentor, CancellationToken cancellationToken)
    {
        var key = (mentor.Programme.Value, mentor.Id.Value);
        while (_participants.TryGetValue(key, out var current))
        {
            if (current.Role != EnrolmentRole.Mentee)
            {
                return Task.FromResult<StoredParticipant?>(current);
            }

            if (_participants.TryUpdate(key, mentor, current))
            {
                return Task.FromResult<StoredParticipant?>(mentor);
            }
        }

        return Task.FromResult<StoredParticipant?>(null);
    }

    public Task<StoredParticipant?> GetAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
        => Task.FromResult(_participants.TryGetValue((programme.Value, id.Value), out var participant) ? participant : null);

    public Task<IReadOnlyList<StoredParticipant>> ListAsync(ProgrammeId programme, EnrolmentRole role, CancellationToken cancellationToken)
        => Task.FromResult<IReadOnlyList<StoredParticipant>>(
            [.. _participants.Values.Where(p => p.Programme == programme && p.Role == role).OrderBy(p => p.EnrolledAt).ThenBy(p => p.Id.Value, StringComparer.Ordinal)]);

    public Task<bool> SetStatusAsync(ProgrammeId programme, ParticipantId id, ParticipantStatus status, CancellationToken cancellationToken)
    {
        var key = (programme.Value, id.Value);
        while (_participants.TryGetValue(key, out var current))
        {
            if (_participants.TryUpdate(key, current with { Status = status }, current))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }
}
