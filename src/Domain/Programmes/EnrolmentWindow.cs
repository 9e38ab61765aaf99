namespace MentorFlow.Domain.Programmes;

/// <summary>When enrolments are accepted; a missing bound means the window is open on that side.</summary>
public sealed record EnrolmentWindow(DateTimeOffset? Opens, DateTimeOffset? Closes)
{
    public static EnrolmentWindow Always { get; } = new(null, null);

    /// <summary>Opens is inclusive, closes exclusive, so back-to-back windows never both accept one instant.</summary>
    public bool IsOpenAt(DateTimeOffset instant) =>
        (Opens is null || instant >= Opens) && (Closes is null || instant < Closes);
}
