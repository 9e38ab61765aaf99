using System.Globalization;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Outbox;

/// <summary>RFC 5322 header values: addresses, dates, and RFC 2047 encoded words for anything not plain ASCII.</summary>
public static class MimeHeaders
{
    // "=?UTF-8?B?" + 60 base64 characters + "?=" is 72 characters: a folded line " " + word stays within the
    // 76 characters RFC 2047 allows a line that holds encoded words.
    private const int MaxBytesPerWord = 45;
    private const int WordOverhead = 12;
    private const int MaxEncodedLine = 76;

    /// <summary>
    /// The text as is when it is printable ASCII, else as UTF-8 "B" encoded words folded one per line; the first
    /// word is shorter, to leave room for the header's name on its line.
    /// </summary>
    public static string Unstructured(string headerName, string text)
    {
        ArgumentNullException.ThrowIfNull(headerName);
        ArgumentNullException.ThrowIfNull(text);
        if (IsPlainAscii(text))
        {
            return text;
        }

        var firstLineBase64 = (MaxEncodedLine - headerName.Length - 2 - WordOverhead) / 4 * 4;
        return string.Join("\r\n ", EncodedWords(text, Math.Min(MaxBytesPerWord, firstLineBase64 / 4 * 3)));
    }

    public static string Mailbox(MailRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        if (string.IsNullOrWhiteSpace(recipient.Name))
        {
            return "<" + recipient.Email + ">";
        }

        var name = IsPlainAscii(recipient.Name)
            ? "\"" + recipient.Name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\""
            : string.Join(" ", EncodedWords(recipient.Name, MaxBytesPerWord));
        return name + " <" + recipient.Email + ">";
    }

    public static string MailboxList(IEnumerable<MailRecipient> recipients)
        => string.Join(",\r\n ", recipients.Select(Mailbox));

    /// <summary>An RFC 5322 date in UTC, such as <c>Sun, 22 Nov 2026 03:54:59 +0000</c>.</summary>
    public static string Date(DateTimeOffset value)
        => value.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);

    private static bool IsPlainAscii(string text) => text.All(c => c is >= ' ' and <= '~');

    private static List<string> EncodedWords(string text, int firstWordBytes)
    {
        // Each word holds whole characters: a decoder may decode words one by one.
        var bytes = new List<byte>(MaxBytesPerWord);
        Span<byte> buffer = stackalloc byte[4];
        var words = new List<string>();
        foreach (var rune in text.EnumerateRunes())
        {
            var size = rune.EncodeToUtf8(buffer);
            if (bytes.Count + size > (words.Count == 0 ? firstWordBytes : MaxBytesPerWord))
            {
                words.Add(Word(bytes));
                bytes.Clear();
            }

            for (var i = 0; i < size; i++)
            {
                bytes.Add(buffer[i]);
            }
        }

        if (bytes.Count > 0)
        {
            words.Add(Word(bytes));
        }

        return words;
    }

    private static string Word(List<byte> bytes) => "=?UTF-8?B?" + Convert.ToBase64String([.. bytes]) + "?=";
}
