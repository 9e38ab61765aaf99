using MentorFlow.Infrastructure.Graph;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>A valid cycle-3 review meeting by default; each With changes one thing.</summary>
public sealed class MeetingRequestBuilder
{
    private string _key = "journey-42/cycle-3";
    private DateTimeOffset _start = new(2026, 3, 9, 15, 0, 0, TimeSpan.Zero);
    private TimeSpan _duration = TimeSpan.FromHours(1);
    private List<MeetingAttendee> _attendees = [new("mentee@example.org", "Ada Mentee"), new("mentor@example.org", "Grace Mentor")];

    public MeetingRequestBuilder WithKey(string key)
    {
        _key = key;
        return this;
    }

    public MeetingRequestBuilder At(DateTimeOffset start, TimeSpan duration)
    {
        _start = start;
        _duration = duration;
        return this;
    }

    public MeetingRequestBuilder WithAttendees(params MeetingAttendee[] attendees)
    {
        _attendees = [.. attendees];
        return this;
    }

    public MeetingRequest Build() => new()
    {
        IdempotencyKey = _key,
        Subject = "Mentoring review 3: Ada & Grace",
        Start = _start,
        End = _start + _duration,
        Attendees = _attendees,
        Introduction = "Our monthly review <with> goals.",
        Agenda = ["Review goal 1", "Challenges & next steps"],
        Link = new Uri("https://mentorflow.example/check-in/abc?cycle=3"),
        ReminderMinutesBefore = 30,
    };
}
