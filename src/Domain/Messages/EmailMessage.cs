namespace MentorFlow.Domain.Messages;

/// <summary>
/// An email the lifecycle sends, holding the facts it needs and rendering itself. Links are passed in as
/// absolute URIs (the caller signs them); free text is HTML-encoded in the HTML part. Subjects carry no
/// names, and <see cref="ToString"/> is the template name only, so a message that reaches a log leaks no
/// personal data.
/// </summary>
public abstract record EmailMessage
{
    /// <summary>A stable name for the kind of email (for logs, metrics and idempotency keys).</summary>
    public abstract string Template { get; }

    public abstract EmailContent Render();

    public sealed override string ToString() => Template;
}
