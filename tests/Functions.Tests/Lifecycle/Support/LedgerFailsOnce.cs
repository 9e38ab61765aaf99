using MentorFlow.Infrastructure.Links;
using MentorFlow.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// The host's used-link ledger, failing the first time a link is recorded as a crash would: before the record is
/// written, or just after it was (the process died before answering).
/// </summary>
public sealed class LedgerFailsOnce(IUsedLinkLedger inner, bool afterRecording) : IUsedLinkLedger
{
    private int _records;

    /// <summary>Wraps the ledger the host registered, for <see cref="LifecycleHost"/>'s configureServices.</summary>
    public static void Stage(IServiceCollection services, bool afterRecording) =>
        services.Decorate<IUsedLinkLedger>(ledger => new LedgerFailsOnce(ledger, afterRecording));

    public async Task<bool> TryRecordAsync(string tokenId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _records) != 1)
        {
            return await inner.TryRecordAsync(tokenId, expiresAt, cancellationToken);
        }

        if (afterRecording)
        {
            await inner.TryRecordAsync(tokenId, expiresAt, cancellationToken);
        }

        throw new IOException("The process died while the link was being recorded as used.");
    }

    public Task<bool> IsRecordedAsync(string tokenId, CancellationToken cancellationToken) => inner.IsRecordedAsync(tokenId, cancellationToken);
}
