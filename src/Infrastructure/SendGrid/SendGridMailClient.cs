using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using MentorFlow.Infrastructure.SendGrid.MailSend;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>
/// Sends one email through <c>POST /v3/mail/send</c>, retrying what can succeed later: 429 waits until
/// <c>X-RateLimit-Reset</c>, 5xx, 408, timeouts and connection failures back off exponentially with jitter,
/// a bounded number of times. Mail Send has no idempotency key, so a retry after a timeout may deliver
/// twice; the correlation id in <c>custom_args</c> lets the webhook tell the copies apart.
/// </summary>
public sealed partial class SendGridMailClient
{
    private readonly HttpClient _http;
    private readonly SendGridOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SendGridMailClient> _logger;
    private readonly Uri _mailSendUri;

    public SendGridMailClient(HttpClient http, IOptions<SendGridOptions> options, TimeProvider time, ILogger<SendGridMailClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _mailSendUri = new Uri(new Uri(_options.BaseUrl.TrimEnd('/') + "/"), "v3/mail/send");
    }

    public async Task<MailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        var fieldErrors = email.Validate();
        if (fieldErrors.Count > 0)
        {
            return MailSendResult.Invalid(fieldErrors);
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(MailSendRequest.Create(email, _options), SendGridJson.Options);
        for (var attempt = 1; ; attempt++)
        {
            var answer = await SendOnceAsync(body, cancellationToken);
            if (answer.Status is >= 200 and < 300)
            {
                LogAccepted(email.CorrelationId, answer.MessageId, attempt);
                return MailSendResult.Accepted(answer.MessageId, answer.Status.Value, attempt);
            }

            if (!answer.IsTransient)
            {
                LogRejected(email.CorrelationId, answer.Status, attempt);
                return MailSendResult.Rejected(answer.Status!.Value, answer.Errors, attempt);
            }

            var wait = answer.Status == 429 && answer.RateLimitReset is { } reset
                ? Max(reset - _time.GetUtcNow(), TimeSpan.Zero)
                : RetryBackoff.Delay(attempt, _options.FirstRetryDelay, _options.MaxRetryDelay, Random.Shared.NextDouble());

            if (answer.Status == 429 && (attempt >= _options.MaxAttempts || wait > _options.MaxRateLimitWait))
            {
                LogThrottled(email.CorrelationId, wait, attempt);
                return MailSendResult.Throttled(wait, answer.Errors, attempt);
            }

            if (attempt >= _options.MaxAttempts)
            {
                LogUnavailable(email.CorrelationId, answer.Status, attempt);
                return MailSendResult.Unavailable(answer.Status, answer.Errors, attempt);
            }

            LogRetrying(email.CorrelationId, answer.Status, attempt, wait);
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    private async Task<Answer> SendOnceAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _mailSendUri)
        {
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);

        using var attemptTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attemptTimeout.CancelAfter(_options.AttemptTimeout);
        try
        {
            using var response = await _http.SendAsync(request, attemptTimeout.Token);
            var status = (int)response.StatusCode;
            var messageId = response.Headers.TryGetValues("X-Message-Id", out var ids) ? ids.FirstOrDefault() : null;
            var errors = status is >= 200 and < 300 ? [] : await ReadErrorsAsync(response, attemptTimeout.Token);
            return new Answer(status, messageId, errors, ReadRateLimitReset(response));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Our per-attempt timeout fired, not the caller's token: SendGrid may still have taken the email.
            return new Answer(null, null, [new SendGridError("No answer within the attempt timeout.", null, null)], null);
        }
        catch (HttpRequestException exception)
        {
            return new Answer(null, null, [new SendGridError(exception.Message, null, null)], null);
        }
    }

    private static async Task<IReadOnlyList<SendGridError>> ReadErrorsAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<MailSendErrorResponse>(text, SendGridJson.Options);
            if (parsed?.Errors is { Count: > 0 } errors)
            {
                return errors;
            }
        }
        catch (JsonException)
        {
            // Not SendGrid's JSON (a proxy's HTML page, say): keep the start of the text instead.
        }

        return [new SendGridError(text.Length > 500 ? text[..500] : text, null, null)];
    }

    private static DateTimeOffset? ReadRateLimitReset(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-RateLimit-Reset", out var values)
        && long.TryParse(values.FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var epochSeconds)
            ? DateTimeOffset.FromUnixTimeSeconds(epochSeconds)
            : null;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "SendGrid accepted email {CorrelationId} as {MessageId} after {Attempts} attempt(s)")]
    private partial void LogAccepted(string correlationId, string? messageId, int attempts);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "SendGrid rejected email {CorrelationId} with status {Status} on attempt {Attempt}")]
    private partial void LogRejected(string correlationId, int? status, int attempt);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "SendGrid answered {Status} for email {CorrelationId} on attempt {Attempt}; retrying in {Wait}")]
    private partial void LogRetrying(string correlationId, int? status, int attempt, TimeSpan wait);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "SendGrid throttled email {CorrelationId} after {Attempts} attempt(s); retry after {RetryAfter}")]
    private partial void LogThrottled(string correlationId, TimeSpan retryAfter, int attempts);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "SendGrid unavailable for email {CorrelationId}: last status {Status} after {Attempts} attempt(s)")]
    private partial void LogUnavailable(string correlationId, int? status, int attempts);

    /// <summary>One answer from SendGrid, or the lack of one (<see cref="Status"/> null).</summary>
    private sealed record Answer(int? Status, string? MessageId, IReadOnlyList<SendGridError> Errors, DateTimeOffset? RateLimitReset)
    {
        public bool IsTransient => Status is null or 408 or 429 or >= 500;
    }
}
