namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>A span of time a person is not free (busy, tentative, out of office, elsewhere).</summary>
public sealed record BusyInterval(DateTimeOffset Start, DateTimeOffset End)
{
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => Start < end && start < End;
}
