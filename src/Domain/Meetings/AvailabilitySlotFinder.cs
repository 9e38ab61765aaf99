namespace MentorFlow.Domain.Meetings;

/// <summary>
/// The embedded slot finder: the participants' weekly availability from their enrolment, nothing else
/// (<see cref="MeetingSlot.Choose"/>). It depends only on stored data, so a retried booking finds the same slot.
/// </summary>
public sealed class AvailabilitySlotFinder : IMeetingSlotFinder
{
    public Task<ProposedSlot> FindAsync(SlotQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Task.FromResult(MeetingSlot.Choose(query.People, query.WindowStart, query.WindowEnd, query.Duration));
    }
}
