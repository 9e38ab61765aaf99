using System.Text;
using System.Text.RegularExpressions;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// A small MIME reader for checking the outbox's files: headers (unfolded, RFC 2047 words decoded), the media
/// type and its parameters, nested multipart parts in order, and bodies decoded from base64 or kept as they are.
/// </summary>
public sealed partial class ParsedMimePart
{
    private ParsedMimePart(Dictionary<string, string> headers, string body, List<ParsedMimePart> parts)
    {
        Headers = headers;
        Body = body;
        Parts = parts;
    }

    public IReadOnlyDictionary<string, string> Headers { get; }

    public string Body { get; }

    public IReadOnlyList<ParsedMimePart> Parts { get; }

    public string MediaType => Headers["Content-Type"].Split(';')[0].Trim();

    public string DecodedBody => Headers.TryGetValue("Content-Transfer-Encoding", out var encoding) && encoding == "base64"
        ? Encoding.UTF8.GetString(Convert.FromBase64String(WhiteSpace().Replace(Body, string.Empty)))
        : Body;

    public static ParsedMimePart Parse(string raw)
    {
        var split = raw.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split >= 0, "a part has headers, a blank line and a body");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unfolded = raw[..split].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in unfolded.Split("\r\n"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            Assert.True(headers.TryAdd(line[..colon], line[(colon + 1)..].Trim()), $"header {line[..colon]} appears once");
        }

        var body = raw[(split + 4)..];
        var parts = new List<ParsedMimePart>();
        var boundary = BoundaryParameter().Match(headers.GetValueOrDefault("Content-Type", string.Empty));
        if (boundary.Success)
        {
            var delimiter = "--" + boundary.Groups[1].Value;
            var sections = body.Split(delimiter);
            Assert.StartsWith("--", sections[^1], StringComparison.Ordinal); // the close delimiter
            foreach (var section in sections.Skip(1).SkipLast(1))
            {
                Assert.StartsWith("\r\n", section, StringComparison.Ordinal);
                parts.Add(Parse(section[2..]));
            }
        }

        return new ParsedMimePart(headers, body, parts);
    }

    /// <summary>Decodes RFC 2047 UTF-8 "B" words; the space between two adjacent words is not part of the text.</summary>
    public static string DecodeWords(string value)
    {
        var joined = AdjacentWords().Replace(value, "?==?");
        return EncodedWord().Replace(joined, m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups[1].Value)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex BoundaryParameter();

    [GeneratedRegex(@"\?=\s+=\?")]
    private static partial Regex AdjacentWords();

    [GeneratedRegex(@"=\?UTF-8\?B\?([A-Za-z0-9+/=]*)\?=")]
    private static partial Regex EncodedWord();
}
