using System.Text.RegularExpressions;
using MentorFlow.Infrastructure.Outbox;
using MentorFlow.Infrastructure.Tests.Outbox;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>One .eml file of the outbox, read back: who it went to, its subject and key, its text, links and invite.</summary>
public sealed partial class OutboxEmail
{
    private OutboxEmail(string file, ParsedMimePart message)
    {
        File = file;
        To = ParsedMimePart.DecodeWords(message.Headers["To"]);
        Subject = ParsedMimePart.DecodeWords(message.Headers["Subject"]);
        Key = message.Headers[EmlWriter.KeyHeader];
        var leaves = Leaves(message).ToList();
        Text = leaves.First(p => p.MediaType == "text/plain").DecodedBody;
        Calendar = leaves.FirstOrDefault(p => p.MediaType == "text/calendar")?.DecodedBody;
    }

    public string File { get; }

    public string To { get; }

    public string Subject { get; }

    public string Key { get; }

    public string Text { get; }

    /// <summary>The text/calendar part, when the email carries an invite or a cancellation.</summary>
    public string? Calendar { get; }

    public IReadOnlyList<Uri> Links => [.. LinkPattern().Matches(Text).Select(m => new Uri(m.Value))];

    /// <summary>The links in the invite's description (where a TEXT value's escaped line break ends a link).</summary>
    public IReadOnlyList<Uri> InviteLinks => [.. LinkPattern().Matches(CalendarProperty("DESCRIPTION") ?? string.Empty).Select(m => new Uri(m.Value.Split('\\')[0]))];

    /// <summary>The value of one iCalendar property of the invite (the first occurrence), unfolded.</summary>
    public string? CalendarProperty(string name)
    {
        var unfolded = Calendar?.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        return unfolded?.Split("\r\n").FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal) || l.StartsWith(name + ";", StringComparison.Ordinal)) is { } line
            ? line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]
            : null;
    }

    public static IReadOnlyList<OutboxEmail> ReadAll(string outboxDirectory) =>
        Directory.Exists(outboxDirectory)
            ? [.. Directory.GetFiles(outboxDirectory, "*.eml").Order(StringComparer.Ordinal).Select(Read)]
            : [];

    public static OutboxEmail Read(string file) => new(file, ParsedMimePart.Parse(System.IO.File.ReadAllText(file)));

    public override string ToString() => $"{Key} to {To}: {Subject}";

    private static IEnumerable<ParsedMimePart> Leaves(ParsedMimePart part) =>
        part.Parts.Count == 0 ? [part] : part.Parts.SelectMany(Leaves);

    [GeneratedRegex(@"https?://[^\s""<>]+")]
    private static partial Regex LinkPattern();
}
