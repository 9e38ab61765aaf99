namespace MentorFlow.Infrastructure.SendGrid.MailSend;

/// <summary>
/// The body of <c>POST /v3/mail/send</c>, serialized with <see cref="SendGridJson.Options"/> (snake_case).
/// </summary>
/// <remarks>
/// A calendar invite goes in <c>content</c> as a third part typed <c>text/calendar; method=REQUEST</c>
/// (or <c>CANCEL</c>), after text/plain and text/html, the order v3 requires. SendGrid then builds a
/// multipart/alternative message whose calendar alternative Outlook and Exchange recognise as a meeting
/// request (accept/decline buttons, added to the calendar). As an attachment, even with
/// <c>disposition: inline</c> and a <c>content_id</c>, the part lands in multipart/mixed and Outlook shows a
/// plain .ics file to open by hand. SendGrid accepts only the <c>method</c> parameter on the part type and
/// chooses the transfer encoding (quoted-printable) itself, which calendar clients read fine.
/// </remarks>
public sealed record MailSendRequest
{
    public required IReadOnlyList<MailPersonalization> Personalizations { get; init; }

    public required MailAddressJson From { get; init; }

    public MailAddressJson? ReplyTo { get; init; }

    public required string Subject { get; init; }

    public required IReadOnlyList<MailContent> Content { get; init; }

    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Returned as top-level keys on every Event Webhook event about this email.</summary>
    public required IReadOnlyDictionary<string, string> CustomArgs { get; init; }

    public MailSettings? MailSettings { get; init; }

    public static MailSendRequest Create(OutgoingEmail email, SendGridOptions options)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(options);

        var content = new List<MailContent> { new("text/plain", email.PlainText) };
        if (email.Html is not null)
        {
            content.Add(new MailContent("text/html", email.Html));
        }

        if (email.Calendar is not null)
        {
            content.Add(new MailContent(email.Calendar.ContentType, email.Calendar.ICalendar));
        }

        return new MailSendRequest
        {
            Personalizations =
            [
                new MailPersonalization
                {
                    To = [.. email.To.Select(ToJson)],
                    Cc = email.Cc.Count == 0 ? null : [.. email.Cc.Select(ToJson)],
                },
            ],
            From = new MailAddressJson(options.From!, options.FromName),
            ReplyTo = string.IsNullOrWhiteSpace(options.ReplyTo) ? null : new MailAddressJson(options.ReplyTo),
            Subject = email.Subject,
            Content = content,
            Categories = email.Categories.Count == 0 ? null : email.Categories,
            CustomArgs = new Dictionary<string, string> { [SendGridCustomArgs.CorrelationId] = email.CorrelationId },
            MailSettings = options.SandboxMode ? new MailSettings(new MailSettingToggle(true)) : null,
        };
    }

    private static MailAddressJson ToJson(EmailRecipient recipient) => new(recipient.Email, recipient.Name);
}
