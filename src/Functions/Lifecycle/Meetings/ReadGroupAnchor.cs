using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Lifecycle.Matching;

namespace MentorFlow.Functions.Lifecycle.Meetings;

/// <summary>The origin of a group's review grid: when its mentor enrolled, which every mentee's journey reads alike.</summary>
public sealed class ReadGroupAnchor(JourneyDirectory directory) : TaskActivity<PlaceRequest, DateTimeOffset>
{
    public override async Task<DateTimeOffset> RunAsync(TaskActivityContext context, PlaceRequest input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId!, context.CancellationToken).ConfigureAwait(false);
        return mentor.EnrolledAt;
    }
}
