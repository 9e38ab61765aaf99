using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>
/// Holds a place with the mentor for the proposal. A place the mentee still holds with another mentor (left by an
/// earlier proposal that failed) is released first, so the hold is about this proposal only.
/// </summary>
public sealed class HoldPlace(ICapacityStore capacity) : TaskActivity<PlaceRequest, HoldOutcome>
{
    public override async Task<HoldOutcome> RunAsync(TaskActivityContext context, PlaceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = ProgrammeId.Parse(input.ProgrammeId, "programmeId").Value;
        var mentee = new ParticipantId(input.MenteeId);
        var mentor = new ParticipantId(input.MentorId ?? throw new ArgumentException("A hold names the mentor.", nameof(input)));
        var outcome = await capacity.TryHoldAsync(programme, mentee, mentor, context.CancellationToken).ConfigureAwait(false);
        if (outcome == HoldOutcome.HoldsAnother)
        {
            await capacity.ReleaseAsync(programme, mentee, context.CancellationToken).ConfigureAwait(false);
            outcome = await capacity.TryHoldAsync(programme, mentee, mentor, context.CancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}
