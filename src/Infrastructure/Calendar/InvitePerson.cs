namespace MentorFlow.Infrastructure.Calendar;

/// <summary>Someone on a meeting invite: its organizer, or an attendee when <see cref="Optional"/> says how.</summary>
public sealed record InvitePerson(string Email, string? Name = null, bool Optional = false);
