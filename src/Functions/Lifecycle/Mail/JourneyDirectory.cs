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
    /// As much of the programme's reporting line as one mentee's match needs: the chains of managers above the mentee
    /// and above each mentor, followed through the people enrolled in the programme (either role). Those are the only
    /// chains <see cref="ReportingLine.Conflict"/> walks for this mentee, so the line answers as one drawn from every
    /// enrolment would, while reading only the managers who are enrolled, each once, instead of every mentee's form.
    /// </summary>
    public async Task<ReportingLine> ReportingLineAsync(
        Programme programme, MenteeEnrolment mentee, IEnumerable<MentorEnrolment> mentors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentors);
        var known = new Dictionary<string, (EmailAddress Person, EmailAddress? Manager)>(StringComparer.Ordinal);
        var managers = new Queue<EmailAddress>();
        void Add(EmailAddress person, EmailAddress? manager)
        {
            if (known.TryAdd(person.IdentityKey, (person, manager)) && manager is not null)
            {
                managers.Enqueue(manager);
            }
        }

        Add(mentee.Profile.Email, mentee.Profile.ManagerEmail);
        foreach (var mentor in mentors)
        {
            Add(mentor.Profile.Email, mentor.Profile.ManagerEmail);
        }

        var looked = new HashSet<string>(StringComparer.Ordinal);
        while (managers.TryDequeue(out var manager))
        {
            if (known.ContainsKey(manager.IdentityKey) || !looked.Add(manager.IdentityKey))
            {
                continue;
            }

            // A manager who enrolled names their own manager; one who did not ends the chain.
            var stored = await participants.GetAsync(programme.Id, ParticipantId.For(programme.Id, manager), cancellationToken).ConfigureAwait(false);
            if (stored is not null && EmailAddress.Parse(stored.Draft.Email, "email") is { IsSuccess: true } email)
            {
                var next = string.IsNullOrWhiteSpace(stored.Draft.ManagerEmail) ? null : EmailAddress.Parse(stored.Draft.ManagerEmail, "managerEmail");
                Add(email.Value, next is { IsSuccess: true } ? next.Value : null);
            }
        }

        return new ReportingLine(known.Values);
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
