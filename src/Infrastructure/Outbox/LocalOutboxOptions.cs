namespace MentorFlow.Infrastructure.Outbox;

/// <summary>Where the local outbox writes, and who its emails say they are from.</summary>
public sealed record LocalOutboxOptions
{
    public const string DirectoryName = "outbox";

    /// <summary>The data directory (<c>MentorFlow__DataDirectory</c>); the outbox is its <c>outbox/</c> folder.</summary>
    public string DataDirectory { get; init; } = "./.mentorflow";

    public string SenderEmail { get; init; } = "mentorflow@localhost";

    public string SenderName { get; init; } = "MentorFlow";

    /// <summary>A temporary file older than this was left by a write that crashed and is deleted.</summary>
    public TimeSpan AbandonedAfter { get; init; } = TimeSpan.FromHours(1);

    public string OutboxDirectory => Path.GetFullPath(Path.Combine(DataDirectory, DirectoryName));
}
