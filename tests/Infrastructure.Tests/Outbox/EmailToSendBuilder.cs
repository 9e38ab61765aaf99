using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Tests.Outbox;

/// <summary>A kickoff email to a mentee with the mentor in copy and no invite by default; each With changes one thing.</summary>
public sealed class EmailToSendBuilder
{
    private string _key = "journey-42/kickoff-invite";
    private List<MailRecipient> _to = [new("ada@example.org", "Ada Mentee")];
    private List<MailRecipient> _cc = [new("grace@example.org", "Grace Mentor")];
    private string _subject = "Your mentorship kickoff in Leaders 2026";
    private string _text = "Hello Ada,\r\n\r\nYour kickoff meeting is on Monday.\r\n";
    private string _html = "<p>Hello Ada,</p><p>Your kickoff meeting is on <b>Monday</b>.</p>";
    private EmailInvite? _invite;

    public EmailToSendBuilder WithKey(string key)
    {
        _key = key;
        return this;
    }

    public EmailToSendBuilder WithTo(params MailRecipient[] to)
    {
        _to = [.. to];
        return this;
    }

    public EmailToSendBuilder WithoutCc()
    {
        _cc = [];
        return this;
    }

    public EmailToSendBuilder WithSubject(string subject)
    {
        _subject = subject;
        return this;
    }

    public EmailToSendBuilder WithBodies(string text, string html)
    {
        _text = text;
        _html = html;
        return this;
    }

    public EmailToSendBuilder WithInvite(InviteMethod method, string iCalendar)
    {
        _invite = new EmailInvite(method, iCalendar);
        return this;
    }

    public EmailToSend Build() => new(_key, _to, _cc, new EmailContent(_subject, _text, _html), _invite);
}
