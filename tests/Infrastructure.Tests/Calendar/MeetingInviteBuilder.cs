using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Calendar;

namespace MentorFlow.Infrastructure.Tests.Calendar;

/// <summary>A review meeting of one cycle in London by default; each With changes one thing.</summary>
public sealed class MeetingInviteBuilder
{
    private string _key = "journey-42/review-3";
    private int _sequence;
    private InviteMethod _method = InviteMethod.Request;
    private DateTimeOffset _startsAt = new(2026, 3, 30, 9, 0, 0, TimeSpan.Zero);
    private TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly InvitePerson _organizer = new("mentorflow@example.org", "MentorFlow");
    private List<InvitePerson> _attendees = [new("ada@example.org", "Ada Mentee"), new("grace@example.org", "Grace Mentor")];
    private string _summary = "Review meeting 3";
    private string _description = "Look at the progress on each goal.";
    private readonly Uri? _joinLink = new("https://meet.example.org/j/123?pwd=abc");

    public MeetingInviteBuilder WithKey(string key)
    {
        _key = key;
        return this;
    }

    public MeetingInviteBuilder Cancelled(int sequence)
    {
        _method = InviteMethod.Cancel;
        _sequence = sequence;
        return this;
    }

    public MeetingInviteBuilder At(DateTimeOffset startsAt, string zoneId)
    {
        _startsAt = startsAt;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        return this;
    }

    public MeetingInviteBuilder WithAttendees(params InvitePerson[] attendees)
    {
        _attendees = [.. attendees];
        return this;
    }

    public MeetingInviteBuilder WithSummary(string summary)
    {
        _summary = summary;
        return this;
    }

    public MeetingInviteBuilder WithDescription(string description)
    {
        _description = description;
        return this;
    }

    public MeetingInvite Build() => new()
    {
        Key = _key,
        Sequence = _sequence,
        Method = _method,
        StartsAt = _startsAt,
        Duration = TimeSpan.FromMinutes(45),
        TimeZone = _zone,
        Organizer = _organizer,
        Attendees = _attendees,
        Summary = _summary,
        Description = _description,
        JoinLink = _joinLink,
    };
}
