using System.Net;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Retries requests that Cosmos DB answered 503 (service unavailable), a bounded number of times with exponential
/// backoff and jitter. The SDK retries 429 itself, but a 503 in a single-region account reaches the caller.
/// </summary>
/// <remarks>
/// A write retried this way may already have been applied; the store tolerates that because every write it makes
/// is conditional (If-Match) or idempotent by a deterministic id, and it re-reads after a conflict.
/// </remarks>
public sealed class ServiceUnavailableRetryHandler : RequestHandler
{
    private readonly int _maxRetries;
    private readonly TimeSpan _firstDelay;
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the handler.</summary>
    public ServiceUnavailableRetryHandler(int maxRetries, TimeSpan firstDelay, TimeProvider timeProvider)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        _maxRetries = maxRetries;
        _firstDelay = firstDelay;
        _timeProvider = timeProvider;
    }

    /// <inheritdoc />
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || attempt >= _maxRetries)
            {
                return response;
            }

            response.Dispose();
            if (request.Content is { CanSeek: true } content)
            {
                content.Position = 0;
            }

            await Task.Delay(DelayBefore(attempt), _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private TimeSpan DelayBefore(int attempt)
    {
        var backoff = _firstDelay * Math.Pow(2, attempt);
#pragma warning disable CA5394 // Jitter spreads retries; it needs no cryptographic randomness.
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
#pragma warning restore CA5394
        return backoff * jitter;
    }
}
