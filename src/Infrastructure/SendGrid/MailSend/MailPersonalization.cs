namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>One entry of <c>personalizations</c>: who receives this copy of the message.</summary>
public sealed record MailPersonalization
{
    public required IReadOnlyList<MailAddressJson> To { get; init; }

    public IReadOnlyList<MailAddressJson>? Cc { get; init; }
}
