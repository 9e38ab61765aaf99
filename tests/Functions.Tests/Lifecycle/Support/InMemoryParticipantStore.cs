using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>Test support: participants in a list, the first enrolment of a person winning, as the port says.</summary>
public sealed class InMemoryParticipantStore : IParticipantStore
{
    private readonly List<StoredParticipant> _participants = [];

    public Task<StoredParticipant> AddAsync(StoredParticipant participant, CancellationToken cancellationToken)
    {
        lock (_participants)
        {
            var kept = _participants.FirstOrDefault(p => p.Programme == participant.Programme && p.Id == participant.Id);
            if (kept is null)
            {
                _participants.Add(participant);
                kept = participant;
            }

            return Task.FromResult(kept);
        }
    }

    public Task<StoredParticipant?> GetAsync(ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
    {
        lock (_participants)
        {
            return Task.FromResult(_participants.FirstOrDefault(p => p.Programme == programme && p.Id == id));
        }
    }

    public Task<IReadOnlyList<StoredParticipant>> ListAsync(ProgrammeId programme, EnrolmentRole role, CancellationToken cancellationToken)
    {
        lock (_participants)
        {
            IReadOnlyList<StoredParticipant> list = [.. _participants
                .Where(p => p.Programme == programme && p.Role == role)
                .OrderBy(p => p.EnrolledAt)
                .ThenBy(p => p.Id.Value, StringComparer.Ordinal)];
            return Task.FromResult(list);
        }
    }

    public Task<bool> SetStatusAsync(ProgrammeId programme, ParticipantId id, ParticipantStatus status, CancellationToken cancellationToken)
    {
        lock (_participants)
        {
            var index = _participants.FindIndex(p => p.Programme == programme && p.Id == id);
            if (index < 0)
            {
                return Task.FromResult(false);
            }

            _participants[index] = _participants[index] with { Status = status };
            return Task.FromResult(true);
        }
    }
}
