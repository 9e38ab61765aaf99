namespace MentorFlow.Domain.Messages;

/// <summary>
/// A calendar invite or cancellation travelling with an email, already written as iCalendar text by
/// infrastructure. <see cref="Method"/> must match the <c>METHOD</c> line inside the text.
/// </summary>
public sealed record EmailInvite(InviteMethod Method, string ICalendar)
{
    public override string ToString() => $"EmailInvite ({Method}, {ICalendar.Length} chars)";
}
