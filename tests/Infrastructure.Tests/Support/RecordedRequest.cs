namespace MentorFlow.Infrastructure.Tests.Support;

/// <summary>
/// A request as the loopback server saw it on the wire. <see cref="Path"/> is decoded (<c>%40</c> becomes
/// <c>@</c>), <see cref="RawTarget"/> is exactly as sent; <see cref="ReceivedTicks"/> is a Stopwatch timestamp.
/// </summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body,
    long ReceivedTicks)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
