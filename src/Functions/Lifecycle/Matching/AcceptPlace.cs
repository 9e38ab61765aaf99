using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>The mentor accepted: the held place becomes the mentorship's. False when no place was held (it was withdrawn).</summary>
public sealed class AcceptPlace(ICapacityStore capacity) : TaskActivity<PlaceRequest, bool>
{
    public override Task<bool> RunAsync(TaskActivityContext context, PlaceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        return capacity.AcceptAsync(ProgrammeId.Parse(input.ProgrammeId, "programmeId").Value, new ParticipantId(input.MenteeId), context.CancellationToken);
    }
}
