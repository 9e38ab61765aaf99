using System.Net.Mail;
using MentorFlow.Domain.Common;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// A meeting to put in the organizer's calendar with the participants as attendees and a Teams link.
/// <see cref="IdempotencyKey"/> names the meeting in the lifecycle (journey and cycle), so that creating it
/// again after a lost answer finds the same event instead of a second one.
/// </summary>
public sealed record MeetingRequest
{
    public required string IdempotencyKey { get; init; }

    public required string Subject { get; init; }

    public required DateTimeOffset Start { get; init; }

    public required DateTimeOffset End { get; init; }

    public required IReadOnlyList<MeetingAttendee> Attendees { get; init; }

    /// <summary>A sentence above the agenda.</summary>
    public string? Introduction { get; init; }

    public IReadOnlyList<string> Agenda { get; init; } = [];

    /// <summary>The link the participants follow from the invite (the check-in form, say).</summary>
    public Uri? Link { get; init; }

    public string LinkText { get; init; } = "Open the check-in form";

    /// <summary>More links below <see cref="Link"/>, each with its own words (one check-in link per attendee, say).</summary>
    public IReadOnlyList<MeetingLink> Links { get; init; } = [];

    public int ReminderMinutesBefore { get; init; } = 15;

    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(IdempotencyKey))
        {
            errors.Add(new FieldError("idempotencyKey", "An idempotency key is required."));
        }

        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors.Add(new FieldError("subject", "A subject is required."));
        }

        if (End <= Start)
        {
            errors.Add(new FieldError("end", "The meeting must end after it starts."));
        }

        if (Attendees.Count == 0)
        {
            errors.Add(new FieldError("attendees", "At least one attendee is required."));
        }

        for (var i = 0; i < Attendees.Count; i++)
        {
            if (!MailAddress.TryCreate(Attendees[i].Email, out _))
            {
                errors.Add(new FieldError($"attendees[{i}].email", "Not an email address."));
            }
        }

        if (ReminderMinutesBefore is < 0 or > 40_320)
        {
            errors.Add(new FieldError("reminderMinutesBefore", "The reminder must be between 0 minutes and 4 weeks before."));
        }

        return errors;
    }
}
