using System.Diagnostics;

namespace MentorFlow.Durable.Bench;

/// <summary>The process's memory after a full garbage collection.</summary>
internal sealed record MemorySnapshot(long WorkingSetBytes, long ManagedHeapBytes, long GcHeapSizeBytes)
{
    public static MemorySnapshot Take()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var managed = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new MemorySnapshot(process.WorkingSet64, managed, GC.GetGCMemoryInfo().HeapSizeBytes);
    }

    public override string ToString() => $"working set {WorkingSetBytes / 1048576.0:F1} MiB, live managed objects {ManagedHeapBytes / 1048576.0:F1} MiB, GC heap {GcHeapSizeBytes / 1048576.0:F1} MiB";
}
