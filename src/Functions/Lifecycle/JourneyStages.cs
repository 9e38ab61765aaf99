namespace MentorFlow.Functions.Lifecycle;

/// <summary>The stages a <see cref="JourneyStatus"/> names.</summary>
public static class JourneyStages
{
    public const string Intake = "intake";
    public const string Matching = "matching";
    public const string Waitlisted = "waitlisted";
    public const string AwaitingApproval = "awaiting-approval";
    public const string AwaitingChoice = "awaiting-choice";
    public const string AwaitingMentor = "awaiting-mentor";
    public const string Agreement = "agreement";
    public const string Review = "review";
    public const string Closing = "closing";
    public const string Closed = "closed";
    public const string Escalated = "escalated";
}
