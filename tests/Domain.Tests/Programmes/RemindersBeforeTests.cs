using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Time;

namespace MentorFlow.Domain.Tests.Programmes;

public sealed class RemindersBeforeTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly ProgrammeDeadlines Deadlines = new(
        IsoDuration.FromDays(7), IsoDuration.FromDays(14), IsoDuration.FromDays(7), [IsoDuration.FromDays(3), IsoDuration.FromDays(1)]);

    [Fact]
    public void Reminders_fall_their_offset_before_the_deadline_earliest_first_numbered_by_offset()
    {
        var reminders = Deadlines.RemindersBefore(Deadline, Deadline.AddDays(-7));

        Assert.Equal([(1, Deadline.AddDays(-3)), (2, Deadline.AddDays(-1))], reminders);
    }

    [Fact]
    public void Reminders_already_past_are_not_due_again()
    {
        var reminders = Deadlines.RemindersBefore(Deadline, Deadline.AddDays(-2));

        Assert.Equal([(2, Deadline.AddDays(-1))], reminders);
    }
}
