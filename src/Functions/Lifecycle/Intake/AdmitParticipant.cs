using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// Validates the accepted enrolment against its programme and stores the participant. Idempotent: the store keeps
/// the first enrolment of a person, so a retry (or the same person enrolling again) changes nothing.
/// </summary>
public sealed class AdmitParticipant(JourneyDirectory directory, IParticipantStore participants) : TaskActivity<EnrolmentAccepted, Admission>
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

        await participants.AddAsync(
            new StoredParticipant(programme.Id, enrolment.Value.Id, enrolment.Value.Role, input.Draft, input.EnrolledAt, ParticipantStatus.Active),
            context.CancellationToken).ConfigureAwait(false);
        return new Admission(true, null);
    }
}
