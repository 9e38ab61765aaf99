namespace MentorFlow.Domain.Messages;

/// <summary>
/// A rendered email: subject, plain text and HTML. The transport sends the plain text part first and the
/// HTML second. <see cref="ToString"/> shows only sizes, because the content carries personal data.
/// </summary>
public sealed record EmailContent(string Subject, string Text, string Html)
{
    public override string ToString() => $"EmailContent (subject {Subject.Length} chars, text {Text.Length} chars, html {Html.Length} chars)";
}
