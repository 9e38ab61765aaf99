using MentorFlow.Domain.Common;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// What became of one send. Expected failures are results: the caller records the message id on success,
/// and on failure decides between giving up (<see cref="MailSendStatus.Rejected"/>) and a later retry.
/// </summary>
public sealed class MailSendResult
{
    private MailSendResult(MailSendStatus status, int attempts)
    {
        Status = status;
        Attempts = attempts;
    }

    public MailSendStatus Status { get; }

    public bool IsAccepted => Status == MailSendStatus.Accepted;

    /// <summary>SendGrid's <c>X-Message-Id</c>; its events carry it as the prefix of <c>sg_message_id</c>.</summary>
    public string? MessageId { get; private init; }

    /// <summary>The HTTP status of the last answer, or null when none came (timeout, connection failure).</summary>
    public int? HttpStatus { get; private init; }

    public IReadOnlyList<SendGridError> Errors { get; private init; } = [];

    /// <summary>Refusals found before sending, naming the field of <see cref="OutgoingEmail"/>.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; private init; } = [];

    public TimeSpan? RetryAfter { get; private init; }

    public int Attempts { get; }

    /// <summary>A one-line account of a failure for logs and the administrator's view; no addresses in it.</summary>
    public string Describe() => Status switch
    {
        MailSendStatus.Accepted => $"accepted as {MessageId ?? "(no message id)"}",
        _ when FieldErrors.Count > 0 => "invalid: " + string.Join("; ", FieldErrors.Select(e => $"{e.Field}: {e.Message}")),
        _ when Errors.Count > 0 => $"{Status} ({HttpStatus}): " + string.Join("; ", Errors.Select(e => e.Field is null ? e.Message : $"{e.Field}: {e.Message}")),
        _ => $"{Status} ({HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"}) after {Attempts} attempt(s)",
    };

    public static MailSendResult Accepted(string? messageId, int httpStatus, int attempts) =>
        new(MailSendStatus.Accepted, attempts) { MessageId = messageId, HttpStatus = httpStatus };

    public static MailSendResult Rejected(int httpStatus, IReadOnlyList<SendGridError> errors, int attempts) =>
        new(MailSendStatus.Rejected, attempts) { HttpStatus = httpStatus, Errors = errors };

    public static MailSendResult Invalid(IReadOnlyList<FieldError> errors) =>
        new(MailSendStatus.Rejected, 0) { FieldErrors = errors };

    public static MailSendResult Throttled(TimeSpan retryAfter, IReadOnlyList<SendGridError> errors, int attempts) =>
        new(MailSendStatus.Throttled, attempts) { HttpStatus = 429, RetryAfter = retryAfter, Errors = errors };

    public static MailSendResult Unavailable(int? httpStatus, IReadOnlyList<SendGridError> errors, int attempts) =>
        new(MailSendStatus.Unavailable, attempts) { HttpStatus = httpStatus, Errors = errors };
}
