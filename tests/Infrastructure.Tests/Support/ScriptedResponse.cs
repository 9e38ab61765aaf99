namespace MentorFlow.Infrastructure.Tests.Support;

/// <summary>What the loopback server answers to one request.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    public TimeSpan Delay { get; init; }

    public static ScriptedResponse Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, body, headers);
}
