namespace MentorFlow.Infrastructure.Graph;

/// <summary>A link in an invite's body, with the words it shows.</summary>
public sealed record MeetingLink(string Text, Uri Link);
