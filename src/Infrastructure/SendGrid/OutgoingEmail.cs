using System.Net.Mail;
using MentorFlow.Domain.Common;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// One email as the SendGrid adapter takes it: already rendered, addressed, and carrying the correlation id
/// (the email's idempotency key) that comes back on every webhook event about it. Sender and reply-to come
/// from <see cref="SendGridOptions"/>.
/// </summary>
public sealed record OutgoingEmail
{
    public required string CorrelationId { get; init; }

    public required IReadOnlyList<EmailRecipient> To { get; init; }

    public IReadOnlyList<EmailRecipient> Cc { get; init; } = [];

    public required string Subject { get; init; }

    public required string PlainText { get; init; }

    public string? Html { get; init; }

    public CalendarPart? Calendar { get; init; }

    /// <summary>SendGrid categories for its statistics (at most 10, each at most 255 characters).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>The reasons SendGrid would refuse this email, found before any request is made.</summary>
    public IReadOnlyList<FieldError> Validate()
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(CorrelationId))
        {
            errors.Add(new FieldError("correlationId", "A correlation id is required."));
        }

        if (To.Count == 0)
        {
            errors.Add(new FieldError("to", "At least one recipient is required."));
        }

        AddAddressErrors(errors, "to", To);
        AddAddressErrors(errors, "cc", Cc);
        var duplicate = To.Concat(Cc).GroupBy(r => r.Email, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            // SendGrid refuses a personalization that names one address twice across to and cc.
            errors.Add(new FieldError("cc", "An address may appear only once across to and cc."));
        }

        if (string.IsNullOrWhiteSpace(Subject))
        {
            errors.Add(new FieldError("subject", "A subject is required."));
        }

        if (string.IsNullOrEmpty(PlainText))
        {
            errors.Add(new FieldError("plainText", "A plain-text body is required."));
        }

        if (Categories.Count > 10)
        {
            errors.Add(new FieldError("categories", "At most 10 categories are allowed."));
        }

        for (var i = 0; i < Categories.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(Categories[i]) || Categories[i].Length > 255)
            {
                errors.Add(new FieldError($"categories[{i}]", "A category must have 1 to 255 characters."));
            }
        }

        return errors;
    }

    private static void AddAddressErrors(List<FieldError> errors, string field, IReadOnlyList<EmailRecipient> recipients)
    {
        for (var i = 0; i < recipients.Count; i++)
        {
            if (!MailAddress.TryCreate(recipients[i].Email, out _))
            {
                errors.Add(new FieldError($"{field}[{i}].email", "Not an email address."));
            }
        }
    }
}
