using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Calendar;

/// <summary>
/// One meeting (a kickoff or one review cycle) as an invite or its cancellation. Each cycle is its own event with
/// no recurrence rule, so one cycle can move or be cancelled without touching the others. <see cref="Key"/> names
/// the meeting by its business identity (for example journey and cycle): every version of the invite keeps the UID
/// derived from it, and <see cref="Sequence"/> rises with each change so calendars replace the older version.
/// </summary>
public sealed record MeetingInvite
{
    public required string Key { get; init; }

    public required int Sequence { get; init; }

    public required InviteMethod Method { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>The zone the meeting is written in; the event's times and VTIMEZONE follow its rules.</summary>
    public required TimeZoneInfo TimeZone { get; init; }

    public required InvitePerson Organizer { get; init; }

    public required IReadOnlyList<InvitePerson> Attendees { get; init; }

    public required string Summary { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>Where to meet in words; when absent, the join link stands in for it.</summary>
    public string? Location { get; init; }

    public Uri? JoinLink { get; init; }

    /// <summary>How long before the start calendars remind the attendees; none when null.</summary>
    public TimeSpan? ReminderBefore { get; init; } = TimeSpan.FromMinutes(15);

    public override string ToString() => $"MeetingInvite ({Method}, sequence {Sequence})";
}
