namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// An iCalendar invite or cancellation travelling inside an email (built elsewhere: stable UID, rising
/// SEQUENCE, CRLF line ends). It is sent as a <c>text/calendar; method=...</c> body part, see
/// <see cref="MailSend.MailSendRequest"/> for why.
/// </summary>
public sealed record CalendarPart(CalendarMethod Method, string ICalendar)
{
    public string ContentType => Method switch
    {
        CalendarMethod.Request => "text/calendar; method=REQUEST",
        CalendarMethod.Cancel => "text/calendar; method=CANCEL",
        _ => throw new InvalidOperationException($"Unknown calendar method {Method}."),
    };
}
