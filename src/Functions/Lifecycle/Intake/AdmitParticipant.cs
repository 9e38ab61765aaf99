using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// Validates the accepted enrolment against its programme and stores the participant. Idempotent: the store keeps
/// the first enrolment of a person, so a retry (or the same person enrolling again) changes nothing. A mentor whose
/// mentee journey in the programme has finished is stored in the place of their mentee enrolment; any other enrolment
/// in a role other than the one kept is refused.
/// </summary>
public sealed class AdmitParticipant(JourneyDirectory directory, IParticipantStore participants, DurableTaskClient journeys)
    : TaskActivity<EnrolmentAccepted, Admission>
{
    public override async Task<Admission> RunAsync(TaskActivityContext context, EnrolmentAccepted input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var enrolment = Enrolment.FromDraft(input.Draft, programme, input.EnrolledAt);
        if (!enrolment.IsSuccess)
        {
            return new Admission(false, string.Join("; ", enrolment.Errors.Select(e => $"{e.Field}: {e.Message}")));
        }

        if (enrolment.Value.Id.Value != input.ParticipantId)
        {
            return new Admission(false, "the participant id does not match the enrolment's email");
        }

        var cancel = context.CancellationToken;
        var candidate = new StoredParticipant(programme.Id, enrolment.Value.Id, enrolment.Value.Role, input.Draft, input.EnrolledAt, ParticipantStatus.Active);
        var kept = await participants.AddAsync(candidate, cancel).ConfigureAwait(false);
        if (kept.Role == EnrolmentRole.Mentee && candidate.Role == EnrolmentRole.Mentor
            && await FinishedJourneys.HasFinishedAsync(journeys, programme.Id, candidate.Id, cancel).ConfigureAwait(false))
        {
            kept = await participants.ReplaceMenteeAsync(candidate, cancel).ConfigureAwait(false) ?? kept;
        }

        return kept.Role == candidate.Role
            ? new Admission(true, null)
            : new Admission(false, $"already enrolled in this programme as a {EnumText.ToText(kept.Role)}");
    }
}
