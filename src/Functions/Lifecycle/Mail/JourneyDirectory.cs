using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Lifecycle.Mail;

/// <summary>
/// Reads a journey's programme and people back from the stores, rebuilt through the domain's own factories so an
/// activity works with validated types. A missing record is a fault (the journey stored it first), not an outcome.
/// </summary>
public sealed class JourneyDirectory(IProgrammeStore programmes, IParticipantStore participants)
{
    public async Task<Programme> ProgrammeAsync(string programmeId, CancellationToken cancellationToken)
    {
        var id = ProgrammeId.Parse(programmeId, "programmeId").Value;
        var stored = await programmes.GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Programme {programmeId} is not stored.");
        return Programme.Create(stored.Draft).Value;
    }

    public async Task<MenteeEnrolment> MenteeAsync(Programme programme, string menteeId, CancellationToken cancellationToken)
        => (MenteeEnrolment)await EnrolmentAsync(programme, menteeId, cancellationToken).ConfigureAwait(false);

    public async Task<MentorEnrolment> MentorAsync(Programme programme, string mentorId, CancellationToken cancellationToken)
        => (MentorEnrolment)await EnrolmentAsync(programme, mentorId, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<TEnrolment>> ListAsync<TEnrolment>(Programme programme, EnrolmentRole role, CancellationToken cancellationToken)
        where TEnrolment : Enrolment
    {
        ArgumentNullException.ThrowIfNull(programme);
        var stored = await participants.ListAsync(programme.Id, role, cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(p => Enrolment.FromDraft(p.Draft, programme, p.EnrolledAt)).Where(r => r.IsSuccess).Select(r => r.Value).OfType<TEnrolment>()];
    }

    /// <summary>
    /// The programme's reporting line: every enrolled person's email and named manager. Mentors come as already read;
    /// the mentees' are taken from their stored forms without validating each whole enrolment, which matching one
    /// mentee against the mentors does not need.
    /// </summary>
    public async Task<ReportingLine> ReportingLineAsync(Programme programme, IEnumerable<MentorEnrolment> mentors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentors);
        var mentees = await participants.ListAsync(programme.Id, EnrolmentRole.Mentee, cancellationToken).ConfigureAwait(false);
        var people = new List<(EmailAddress Person, EmailAddress? Manager)>(mentees.Count);
        foreach (var mentee in mentees)
        {
            if (EmailAddress.Parse(mentee.Draft.Email, "email") is { IsSuccess: true } email)
            {
                var manager = string.IsNullOrWhiteSpace(mentee.Draft.ManagerEmail) ? null : EmailAddress.Parse(mentee.Draft.ManagerEmail, "managerEmail");
                people.Add((email.Value, manager is { IsSuccess: true } ? manager.Value : null));
            }
        }

        people.AddRange(mentors.Select(m => (m.Profile.Email, m.Profile.ManagerEmail)));
        return new ReportingLine(people);
    }

    private async Task<Enrolment> EnrolmentAsync(Programme programme, string participantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        var stored = await participants.GetAsync(programme.Id, new ParticipantId(participantId), cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Participant {participantId} of programme {programme.Id} is not stored.");
        var enrolment = Enrolment.FromDraft(stored.Draft, programme, stored.EnrolledAt);
        return enrolment.IsSuccess
            ? enrolment.Value
            : throw new InvalidOperationException($"The stored enrolment of {participantId} no longer validates against programme {programme.Id}.");
    }
}
