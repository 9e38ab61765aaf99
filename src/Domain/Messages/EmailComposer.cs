using System.Net;
using System.Text;

namespace MentorFlow.Domain.Messages;

/// <summary>
/// Builds the plain text and the HTML of an email side by side from the same blocks, so the two parts
/// always say the same thing. Every piece of text goes through <see cref="WebUtility.HtmlEncode(string)"/> in
/// the HTML part: names, goals and notes are whatever people typed.
/// </summary>
internal sealed class EmailComposer
{
    private const string ButtonStyle = "display:inline-block;padding:8px 16px;background:#2f6f4f;color:#ffffff;text-decoration:none;border-radius:4px";

    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public EmailComposer(string recipientName)
    {
        ArgumentNullException.ThrowIfNull(recipientName);
        Paragraph($"Hi {recipientName},");
    }

    public EmailComposer Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        return this;
    }

    /// <summary>A heading line followed by bullets; nothing at all when there are no items.</summary>
    public EmailComposer List(string heading, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            return this;
        }

        _text.Append(heading).Append('\n');
        _html.Append("<p>").Append(Encode(heading)).Append("</p>\n<ul>\n");
        foreach (var item in list)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        _text.Append('\n');
        _html.Append("</ul>\n");
        return this;
    }

    /// <summary>An action the reader takes by following a link: a button in HTML, the bare URI in text.</summary>
    public EmailComposer Link(string label, Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (!link.IsAbsoluteUri)
        {
            throw new ArgumentException($"The link for \"{label}\" must be an absolute URI.", nameof(link));
        }

        var uri = link.AbsoluteUri;
        _text.Append(label).Append(": ").Append(uri).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(uri)).Append("\" style=\"").Append(ButtonStyle).Append("\">")
            .Append(Encode(label)).Append("</a></p>\n");
        return this;
    }

    public EmailContent Build(string subject, string programmeName)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(programmeName);
        _text.Append("Warm wishes,\nThe ").Append(programmeName).Append(" team\n");
        _html.Append("<p>Warm wishes,<br>The ").Append(Encode(programmeName)).Append(" team</p>\n");

        var html = "<!DOCTYPE html>\n<html lang=\"en\"><body style=\"font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#222222\">\n"
            + _html + "</body></html>\n";
        return new EmailContent(OneLine(subject), _text.ToString(), html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    // A subject is a header: a line break in a name must not start a new header.
    private static string OneLine(string subject) =>
        string.Join(' ', new string([.. subject.Select(c => char.IsControl(c) ? ' ' : c)]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
