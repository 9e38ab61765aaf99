namespace MentorFlow.Domain.Meetings;

/// <summary>
/// Chooses when a meeting goes. Always answers: when nothing fits, the default slot (<see cref="MeetingSlot.Choose"/>),
/// so a meeting is always booked and people can move it.
/// </summary>
public interface IMeetingSlotFinder
{
    Task<ProposedSlot> FindAsync(SlotQuery query, CancellationToken cancellationToken);
}
