namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// One deadline and the programme's reminders before it that are still to be sent. Kept by the caller across waits,
/// so a reminder that fell due while an event was being handled is still sent, exactly once.
/// </summary>
public sealed class DeadlineReminders(DateTimeOffset deadline, IEnumerable<(int Number, DateTimeOffset At)> reminders)
{
    private readonly Queue<(int Number, DateTimeOffset At)> _remaining = new(reminders.OrderBy(r => r.At));

    public DateTimeOffset Deadline { get; } = deadline;

    /// <summary>The next reminder due, if any is left.</summary>
    public (int Number, DateTimeOffset At)? Next => _remaining.Count > 0 ? _remaining.Peek() : null;

    public void MarkSent() => _remaining.Dequeue();
}
