using System.Text;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Outbox;

/// <summary>
/// Writes an email as an RFC 5322 / MIME message. Without an invite the message is <c>multipart/alternative</c>:
/// text/plain, then text/html. With one it takes the shape calendar services themselves send (Google Calendar,
/// Exchange): <c>multipart/mixed</c> holding that alternative with a third <c>text/calendar; method=...</c> part
/// (which Outlook and Gmail turn into accept/decline buttons), followed by the same iCalendar as an
/// <c>invite.ics</c> attachment for clients that only import files. Every body is UTF-8 in base64, so no line
/// of any length or character can break the message. The output is ASCII and depends only on its inputs.
/// </summary>
public static class EmlWriter
{
    public const string KeyHeader = "X-MentorFlow-Key";
    public const string InviteFileName = "invite.ics";

    public static string Write(EmailToSend email, MailRecipient sender, DateTimeOffset date)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(sender);
        var hash = OutboxFileName.KeyHash(email.IdempotencyKey);
        var output = new StringBuilder(4096);
        Header(output, "From", MimeHeaders.Mailbox(sender));
        Header(output, "To", MimeHeaders.MailboxList(email.To));
        if (email.Cc.Count > 0)
        {
            Header(output, "Cc", MimeHeaders.MailboxList(email.Cc));
        }

        Header(output, "Subject", MimeHeaders.Unstructured("Subject", email.Content.Subject));
        Header(output, "Date", MimeHeaders.Date(date));
        Header(output, "Message-ID", MessageId(email.IdempotencyKey, sender));
        Header(output, KeyHeader, email.IdempotencyKey);
        Header(output, "MIME-Version", "1.0");

        var alternative = "=_alt_" + hash[..24];
        if (email.Invite is null)
        {
            Header(output, "Content-Type", $"multipart/alternative; boundary=\"{alternative}\"");
            output.Append("\r\n");
            Alternative(output, alternative, email.Content, invite: null);
            return output.ToString();
        }

        var mixed = "=_mixed_" + hash[..24];
        Header(output, "Content-Type", $"multipart/mixed; boundary=\"{mixed}\"");
        output.Append("\r\n");
        output.Append("--").Append(mixed).Append("\r\n");
        Header(output, "Content-Type", $"multipart/alternative; boundary=\"{alternative}\"");
        output.Append("\r\n");
        Alternative(output, alternative, email.Content, email.Invite);
        output.Append("--").Append(mixed).Append("\r\n");
        Header(output, "Content-Type", $"application/ics; name=\"{InviteFileName}\"");
        Header(output, "Content-Disposition", $"attachment; filename=\"{InviteFileName}\"");
        Body(output, email.Invite.ICalendar);
        output.Append("--").Append(mixed).Append("--\r\n");
        return output.ToString();
    }

    /// <summary>The Message-ID a key always gets, so a message written twice would still be one message to a client.</summary>
    public static string MessageId(string idempotencyKey, MailRecipient sender)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var at = sender.Email.LastIndexOf('@');
        var domain = at >= 0 ? sender.Email[(at + 1)..] : "localhost";
        return "<" + OutboxFileName.KeyHash(idempotencyKey)[..32] + "@" + domain + ">";
    }

    public static string CalendarContentType(InviteMethod method)
        => $"text/calendar; method={(method == InviteMethod.Cancel ? "CANCEL" : "REQUEST")}; charset=UTF-8";

    private static void Alternative(StringBuilder output, string boundary, EmailContent content, EmailInvite? invite)
    {
        output.Append("--").Append(boundary).Append("\r\n");
        Header(output, "Content-Type", "text/plain; charset=UTF-8");
        Body(output, content.Text);
        output.Append("--").Append(boundary).Append("\r\n");
        Header(output, "Content-Type", "text/html; charset=UTF-8");
        Body(output, content.Html);
        if (invite is not null)
        {
            output.Append("--").Append(boundary).Append("\r\n");
            Header(output, "Content-Type", CalendarContentType(invite.Method));
            Body(output, invite.ICalendar);
        }

        output.Append("--").Append(boundary).Append("--\r\n");
    }

    private static void Body(StringBuilder output, string text)
    {
        Header(output, "Content-Transfer-Encoding", "base64");
        output.Append("\r\n");
        // InsertLineBreaks cuts the base64 into lines of 76 characters ending in CRLF, as MIME requires.
        output.Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(text), Base64FormattingOptions.InsertLineBreaks));
        output.Append("\r\n");
    }

    private static void Header(StringBuilder output, string name, string value)
        => output.Append(name).Append(": ").Append(value).Append("\r\n");
}
