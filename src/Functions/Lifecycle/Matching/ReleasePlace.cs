using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>Frees the mentee's place (a failed proposal, or the mentorship at close-out); idempotent. Returns the mentor it was with.</summary>
public sealed class ReleasePlace(ICapacityStore capacity) : TaskActivity<PlaceRequest, string?>
{
    public override async Task<string?> RunAsync(TaskActivityContext context, PlaceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var mentor = await capacity.ReleaseAsync(ProgrammeId.Parse(input.ProgrammeId, "programmeId").Value, new ParticipantId(input.MenteeId), context.CancellationToken).ConfigureAwait(false);
        return mentor?.Value;
    }
}
