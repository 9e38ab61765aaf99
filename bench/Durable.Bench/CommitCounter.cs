using System.Diagnostics.Metrics;
using MentorFlow.Durable.Storage.Sqlite;

namespace MentorFlow.Durable.Bench;

/// <summary>Listens to the SQLite store's meter: synced commits made, and writes they carried.</summary>
internal sealed class CommitCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _commits;
    private long _writes;

    public CommitCounter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SqliteOrchestrationStore.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            if (instrument.Name.EndsWith(".commits", StringComparison.Ordinal))
            {
                Interlocked.Add(ref _commits, value);
            }
            else
            {
                Interlocked.Add(ref _writes, value);
            }
        });
        _listener.Start();
    }

    public long Commits => Interlocked.Read(ref _commits);

    public long Writes => Interlocked.Read(ref _writes);

    public void Dispose() => _listener.Dispose();
}
