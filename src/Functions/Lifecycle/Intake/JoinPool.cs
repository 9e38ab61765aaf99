using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Intake;

/// <summary>
/// Adds the mentor's seat to the programme's pool with their capacity (the programme's default, or the group size,
/// when the form left it out, as <see cref="MentorEnrolment"/> decides). A repeat keeps the first capacity.
/// </summary>
public sealed class JoinPool(JourneyDirectory directory, ICapacityStore capacity) : TaskActivity<MentorRef, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, MentorRef input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        await capacity.JoinAsync(programme.Id, mentor.Id, mentor.Capacity, context.CancellationToken).ConfigureAwait(false);
        return mentor.Capacity;
    }
}
