using MentorFlow.Domain.Common;

namespace MentorFlow.Infrastructure.Graph.Scheduling;

/// <summary>
/// A request for a meeting slot within a window; <see cref="DefaultStart"/> is proposed when no common free
/// slot exists (the programme's default time), so the lifecycle always gets an answer.
/// </summary>
public sealed record SlotSearch
{
    /// <summary>getSchedule answers for at most 62 days at a time.</summary>
    public static readonly TimeSpan LongestWindow = TimeSpan.FromDays(62);

    public required IReadOnlyList<SlotParticipant> Participants { get; init; }

    public required DateTimeOffset WindowStart { get; init; }

    public required DateTimeOffset WindowEnd { get; init; }

    public required TimeSpan Duration { get; init; }

    public required DateTimeOffset DefaultStart { get; init; }

    public TimeSpan Step { get; init; } = TimeSpan.FromMinutes(30);

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (Participants.Count is 0 or > 20)
        {
            errors.Add(new FieldError("participants", "Between 1 and 20 participants are needed."));
        }

        if (Duration <= TimeSpan.Zero || Duration > TimeSpan.FromDays(1))
        {
            errors.Add(new FieldError("duration", "The duration must be positive and at most a day."));
        }

        if (WindowEnd - WindowStart < Duration)
        {
            errors.Add(new FieldError("windowEnd", "The window must be at least as long as the meeting."));
        }

        if (WindowEnd - WindowStart > LongestWindow)
        {
            errors.Add(new FieldError("windowEnd", "The window may span at most 62 days."));
        }

        if (Step < TimeSpan.FromMinutes(5))
        {
            errors.Add(new FieldError("step", "The step must be at least 5 minutes."));
        }

        return errors;
    }
}
