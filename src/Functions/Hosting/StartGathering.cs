using Microsoft.AspNetCore.Connections;

namespace MentorFlow.Functions.Hosting;

/// <summary>
/// Counts the host's open connections and tells the start journal how many enrolments each of its syncs should wait
/// (a millisecond at most) to gather: a quarter of the connections, at most <see cref="MaxGather"/>, from
/// <see cref="MinConnections"/> connections on. A burst from many clients then costs fewer syncs, and with them less
/// CPU per enrolment (7 to 14 % in docs/performance.md), while fewer clients are not kept waiting for each other:
/// below that a sync takes whatever is there at once (at 16 connections, gathering 4 made the bench slower).
/// </summary>
/// <remarks>
/// The count is of connections, busy or idle, so it can only suggest how many callers there are; a wrong guess costs a
/// millisecond per sync, never an enrolment. Connections opening and closing at once may leave the target briefly a
/// step behind the count, which the next one mends.
/// </remarks>
public sealed class StartGathering(Action<int> setTarget)
{
    /// <summary>The most a sync waits to gather.</summary>
    public const int MaxGather = 64;

    /// <summary>Below this many open connections a sync does not wait to gather.</summary>
    public const int MinConnections = 32;

    private int _open;

    /// <summary>Connections open now.</summary>
    public int Open => Volatile.Read(ref _open);

    /// <summary>How many starts a sync gathers with <paramref name="open"/> connections.</summary>
    public static int TargetFor(int open) => open < MinConnections ? 0 : Math.Min(open / 4, MaxGather);

    /// <summary>Kestrel connection middleware: counts the connection while <paramref name="next"/> serves it.</summary>
    public ConnectionDelegate Count(ConnectionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return async connection =>
        {
            setTarget(TargetFor(Interlocked.Increment(ref _open)));
            try
            {
                await next(connection);
            }
            finally
            {
                setTarget(TargetFor(Interlocked.Decrement(ref _open)));
            }
        };
    }
}
