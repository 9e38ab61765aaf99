using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Participants;

/// <summary>A participant's name as they enrolled with it, for a page to address them or name the other side.</summary>
public static class ParticipantNames
{
    public static async Task<string?> FindAsync(IParticipantStore participants, ProgrammeId programme, ParticipantId id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var participant = await participants.GetAsync(programme, id, cancellationToken);
        return string.IsNullOrWhiteSpace(participant?.Draft.Name) ? null : participant.Draft.Name.Trim();
    }
}
