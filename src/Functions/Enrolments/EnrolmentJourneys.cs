using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// Starts the orchestration an accepted enrolment begins: a mentee's journey or a mentor's intake, under the id the
/// programme and participant make (<see cref="JourneyIds"/>), with <see cref="EnrolmentAccepted"/> as input. The start
/// is the one write that puts the enrolment on disk (with the embedded store, a record synced to the start journal,
/// from which the instance is created a moment later), and it dedupes on every status, so the same person enrolling
/// again finds their instance as it is, never a second one, never a replaced one.
/// </summary>
/// <remarks>
/// A person takes one role in a programme at a time: the other role's instance is looked for first and refuses the
/// enrolment, except a mentee's journey that has finished (<see cref="FinishedJourneys"/>), after which the mentee
/// may enrol as a mentor; the mentor intake then puts their mentor enrolment in the place of the mentee's. A mentor
/// never becomes a mentee of the same programme. Two enrolments of one person in both roles at the very same moment
/// could both pass that look, and then the participant store, which keeps one enrolment per person and programme,
/// is where the intake activity finds the conflict.
/// </remarks>
public static class EnrolmentJourneys
{
    private static readonly OrchestrationRuntimeStatus[] EveryStatus = Enum.GetValues<OrchestrationRuntimeStatus>();

    /// <summary>
    /// Starts <paramref name="enrolment"/>'s instance, or finds it. When the draft came as a JSON body, that body is
    /// <paramref name="draftJson"/>, and the input carries it as it came (<see cref="EnrolmentAcceptedJson"/>) instead
    /// of the draft serialized again.
    /// </summary>
    public static async Task<EnrolmentStart> StartAsync(
        DurableTaskClient client,
        ProgrammeId programme,
        Enrolment enrolment,
        EnrolmentDraft draft,
        ReadOnlyMemory<byte>? draftJson,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(enrolment);
        var asMentee = enrolment.Role == EnrolmentRole.Mentee;
        var instanceId = asMentee ? JourneyIds.MenteeJourney(programme, enrolment.Id) : JourneyIds.MentorIntake(programme, enrolment.Id);
        var otherRoleId = asMentee ? JourneyIds.MentorIntake(programme, enrolment.Id) : JourneyIds.MenteeJourney(programme, enrolment.Id);
        if (await client.GetInstanceStatusAsync(otherRoleId, cancellationToken) is { } otherRole && (asMentee || !FinishedJourneys.IsFinished(otherRole)))
        {
            return EnrolmentStart.InOtherRole(EnumText.ToText(asMentee ? EnrolmentRole.Mentor : EnrolmentRole.Mentee));
        }

        try
        {
            await client.ScheduleNewOrchestrationInstanceAsync(
                asMentee ? OrchestrationNames.MenteeJourney : OrchestrationNames.MentorIntake,
                draftJson is { } json
                    ? new EnrolmentAcceptedJson(programme.Value, enrolment.Id.Value, json, enrolment.EnrolledAt)
                    : new EnrolmentAccepted(programme.Value, enrolment.Id.Value, draft, enrolment.EnrolledAt),
                new StartOrchestrationOptions(instanceId, DedupeStatuses: EveryStatus),
                cancellationToken);
            return EnrolmentStart.Started(instanceId);
        }
        catch (OrchestrationAlreadyExistsException)
        {
            return EnrolmentStart.Repeated(instanceId);
        }
    }
}
