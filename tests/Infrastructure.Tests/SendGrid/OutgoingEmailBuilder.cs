using MentorFlow.Infrastructure.SendGrid;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

/// <summary>A valid kickoff email by default; each With changes one thing.</summary>
public sealed class OutgoingEmailBuilder
{
    private string _correlationId = "journey-42/kickoff-invite";
    private List<EmailRecipient> _to = [new("mentee@example.org", "Ada Mentee")];
    private List<EmailRecipient> _cc = [new("mentor@example.org", "Grace Mentor")];
    private string _subject = "Your mentoring kickoff";
    private readonly string _plainText = "Your kickoff meeting is on Monday.";
    private string? _html = "<p>Your kickoff meeting is on <b>Monday</b>.</p>";
    private CalendarPart? _calendar = new(CalendarMethod.Request, "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");
    private List<string> _categories = ["kickoff"];

    public OutgoingEmailBuilder WithCorrelationId(string correlationId)
    {
        _correlationId = correlationId;
        return this;
    }

    public OutgoingEmailBuilder WithTo(params EmailRecipient[] to)
    {
        _to = [.. to];
        return this;
    }

    public OutgoingEmailBuilder WithoutCc()
    {
        _cc = [];
        return this;
    }

    public OutgoingEmailBuilder WithoutHtml()
    {
        _html = null;
        return this;
    }

    public OutgoingEmailBuilder WithoutCalendar()
    {
        _calendar = null;
        return this;
    }

    public OutgoingEmailBuilder WithCalendar(CalendarPart calendar)
    {
        _calendar = calendar;
        return this;
    }

    public OutgoingEmailBuilder WithSubject(string subject)
    {
        _subject = subject;
        return this;
    }

    public OutgoingEmailBuilder WithCategories(params string[] categories)
    {
        _categories = [.. categories];
        return this;
    }

    public OutgoingEmail Build() => new()
    {
        CorrelationId = _correlationId,
        To = _to,
        Cc = _cc,
        Subject = _subject,
        PlainText = _plainText,
        Html = _html,
        Calendar = _calendar,
        Categories = _categories,
    };
}
