using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;
using MentorFlow.Durable.Worker;

namespace MentorFlow.Durable.Client.Journal;

/// <summary>
/// An append-only file log of accepted starts, in segments under one directory. An append returns only once its
/// record is synced to disk (group commit: one thread writes whatever has queued up while the last sync ran and syncs
/// once for all of it), so a start is on disk before its caller answers. Where records lie comes back in order through
/// <see cref="TryTakeAppended"/>, the records themselves through <see cref="Read"/>, and after a restart from
/// <see cref="Open"/>. A record is framed by its length and CRC-32; a record the process
/// was killed while writing (never acknowledged) fails its check and is cut off when the journal is opened again.
/// One process at a time: the directory is locked while the journal is open.
/// </summary>
public sealed class StartJournal : IDisposable
{
    /// <summary>The size after which a new segment is begun.</summary>
    public const long DefaultSegmentBytes = 16 * 1024 * 1024;

    /// <summary>How long opening waits for a host that is still stopping to let go of the journal.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(15);

    private const string SegmentPrefix = "starts-";
    private const string SegmentSuffix = ".journal";
    private const string LockFileName = "journal.lock";
    private const int FrameHeaderBytes = 8;
    private const int MaxBatch = 1024;

    private readonly string _directory;
    private readonly long _segmentBytes;
    private readonly FileStream _lock;
    private readonly BatchQueue<PendingAppend> _queue = new();
    private readonly ConcurrentQueue<JournalLocation> _appended = new();
    private readonly Action<string, JournalLocation>? _synced;
    private readonly Dictionary<long, SafeFileHandle> _readers = [];
    private readonly Thread _thread;
    private readonly Lock _deleting = new();
    private FileStream _file;
    private byte[] _batchBuffer = new byte[64 * 1024];
    private long _segment;
    private long _oldestSegment;
    private long _appendCount;
    private int _gatherTarget;
    private long _arrivedCount;
    private long _syncCount;
    private int _disposed;

    private StartJournal(
        string directory, long segmentBytes, FileStream lockFile, long oldestSegment, long segment, FileStream file, Action<string, JournalLocation>? synced)
    {
        _directory = directory;
        _synced = synced;
        _segmentBytes = segmentBytes;
        _lock = lockFile;
        _oldestSegment = oldestSegment;
        _segment = segment;
        _file = file;
        _thread = new Thread(Run) { IsBackground = true, Name = "MentorFlow start journal" };
    }

    /// <summary>How many records were appended since the journal was opened (recovered ones not included).</summary>
    public long AppendCount => Interlocked.Read(ref _appendCount);

    /// <summary>
    /// How many appends were asked for since the journal was opened, synced or not yet: how fast starts arrive, which a
    /// slow sync does not hide as <see cref="AppendCount"/> does while it lasts.
    /// </summary>
    public long ArrivedCount => Interlocked.Read(ref _arrivedCount);

    /// <summary>
    /// How many appends a sync waits to gather when fewer are queued after the one before: at most
    /// <see cref="GatherMilliseconds"/>, then it syncs what there is. 0 (the default) or 1 syncs whatever is queued at
    /// once. With many callers at once, a sync that carries more of them costs each less; with few, they would only
    /// wait for each other, so whoever knows how many there are sets it (<see cref="JournaledDurableTaskClient.GatherStarts"/>).
    /// </summary>
    public int GatherTarget
    {
        get => Volatile.Read(ref _gatherTarget);
        set => Volatile.Write(ref _gatherTarget, Math.Clamp(value, 0, MaxBatch));
    }

    /// <summary>The longest a sync waits to gather <see cref="GatherTarget"/> appends.</summary>
    public const int GatherMilliseconds = 1;

    /// <summary>How many times appended records were synced to disk since the journal was opened.</summary>
    internal long SyncCount => Interlocked.Read(ref _syncCount);

    /// <summary>Signalled after each synced write that made records available to <see cref="TryTakeAppended"/>.</summary>
    internal AutoResetSignal Appended { get; } = new();

    /// <summary>The segment being written.</summary>
    public long ActiveSegment => Interlocked.Read(ref _segment);

    /// <summary>
    /// Opens (or creates) the journal in <paramref name="directory"/>: locks it, reads every record already in it,
    /// in order, cutting off a torn last record, and gets ready to append. The records read come without their input
    /// (<see cref="JournaledStart.Input"/> is null), so a long journal is not held in memory; <see cref="Read"/> gives it.
    /// </summary>
    /// <param name="directory">Where the journal's files are.</param>
    /// <param name="recovered">The records found, in order.</param>
    /// <param name="segmentBytes">The size after which a new segment is begun.</param>
    /// <param name="lockWait">How long to wait for another process to let go of the journal.</param>
    /// <param name="synced">
    /// Told of each record appended from now on, in order, on the journal's thread, once it is synced: before its append
    /// completes and before <see cref="TryTakeAppended"/> can take it. It must not block or throw.
    /// </param>
    /// <exception cref="IOException">Another process has had the journal open for all of <paramref name="lockWait"/>.</exception>
    /// <exception cref="InvalidDataException">A record before the last segment's end fails its check.</exception>
    public static StartJournal Open(
        string directory,
        out IReadOnlyList<(JournaledStart Start, JournalLocation Location)> recovered,
        long segmentBytes = DefaultSegmentBytes,
        TimeSpan? lockWait = null,
        Action<string, JournalLocation>? synced = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentOutOfRangeException.ThrowIfLessThan(segmentBytes, 4096);
        Directory.CreateDirectory(directory);
        FileStream lockFile = TakeLock(directory, lockWait ?? DefaultLockWait);

        try
        {
            var records = new List<(JournaledStart, JournalLocation)>();
            long[] segments = SegmentNumbers(directory);
            for (int i = 0; i < segments.Length; i++)
            {
                ReadSegment(directory, segments[i], isLast: i == segments.Length - 1, records);
            }

            long oldest = segments.Length == 0 ? 1 : segments[0];
            long active = segments.Length == 0 ? 1 : segments[^1];
            FileStream file = OpenSegmentForAppend(directory, active);
            if (segments.Length == 0)
            {
                SyncDirectory(directory);
            }

            recovered = records;
            var journal = new StartJournal(directory, segmentBytes, lockFile, oldest, active, file, synced);
            journal._thread.Start();
            return journal;
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Appends <paramref name="start"/>; completes once it is synced to disk, with where it lies.</summary>
    public Task<JournalLocation> AppendAsync(JournaledStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        return AppendAsync(start.InstanceId, start.Name, start.Input is null ? null : Encoding.UTF8.GetBytes(start.Input), start.AcceptedAt, cancellationToken);
    }

    /// <summary>
    /// Appends a start whose input is already UTF-8 (JSON serialized straight to bytes, never held as a string); null
    /// for none. It reads back as <see cref="JournaledStart"/> with that text as its input.
    /// </summary>
    public Task<JournalLocation> AppendAsync(string instanceId, string name, byte[]? utf8Input, DateTime acceptedAt, CancellationToken cancellationToken = default)
        => AppendAsync(instanceId, name, utf8Input, hasInput: utf8Input is not null, acceptedAt, cancellationToken);

    /// <summary>
    /// Appends a start whose input is the UTF-8 JSON in <paramref name="utf8Input"/> (none when
    /// <paramref name="hasInput"/> is false): the bytes are copied into the record before this returns, so the caller
    /// may reuse their buffer at once.
    /// </summary>
    public Task<JournalLocation> AppendAsync(
        string instanceId, string name, ReadOnlySpan<byte> utf8Input, bool hasInput, DateTime acceptedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceId);
        ArgumentNullException.ThrowIfNull(name);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingAppend(instanceId, EncodePooled(instanceId, name, utf8Input, hasInput, acceptedAt, out int frameLength), frameLength);
        if (!_queue.TryAdd(pending))
        {
            pending.ReturnFrame();
            throw new ObjectDisposedException("The start journal has been closed.");
        }

        Interlocked.Increment(ref _arrivedCount);

        if (_queue.IsCompleted)
        {
            // Closed meanwhile: the journal's thread may have stopped before it took this append.
            FailUnwritten();
        }

        return pending.Task;
    }

    /// <summary>
    /// Takes where the oldest record appended (and synced) since opening that was not taken yet lies: only the place, so
    /// that a long queue during a burst holds nothing for the collector to trace; <see cref="Read"/> gives the record.
    /// </summary>
    public bool TryTakeAppended(out JournalLocation location) => _appended.TryDequeue(out location);

    /// <summary>Reads the record at <paramref name="location"/> back; null when its segment is gone.</summary>
    public JournaledStart? Read(JournalLocation location)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(location.Length);
        try
        {
            if (ReaderOf(location.Segment) is not { } reader || RandomAccess.Read(reader, buffer.AsSpan(0, location.Length), location.Offset) != location.Length)
            {
                return null;
            }

            return TryDecodeFrame(buffer.AsSpan(0, location.Length), out var start, out _) ? start : null;
        }
        catch (ObjectDisposedException) when (Volatile.Read(ref _disposed) == 0)
        {
            return null; // its segment was deleted (and its handle closed) meanwhile
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Deletes every segment numbered below <paramref name="segment"/> (never the one being written).</summary>
    public void DeleteSegmentsBefore(long segment)
    {
        long limit = Math.Min(segment, ActiveSegment);
        lock (_deleting)
        {
            // Segments are numbered one after another from the oldest on disk, so those to delete are known without
            // listing the directory, and a call with none to delete costs nothing. (Deleting a number that is not
            // there, a gap left by hand, does nothing.)
            for (; _oldestSegment < limit; _oldestSegment++)
            {
                File.Delete(SegmentPath(_directory, _oldestSegment));
                if (_readers.Remove(_oldestSegment, out SafeFileHandle? reader))
                {
                    reader.Dispose();
                }
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        _queue.Complete();
        _thread.Join();
        FailUnwritten();
        _file.Dispose();
        lock (_deleting)
        {
            foreach (SafeFileHandle reader in _readers.Values)
            {
                reader.Dispose();
            }

            _readers.Clear();
        }

        _lock.Dispose();
    }

    // A handle per segment read from, kept until the segment is deleted: a record is read back once per start applied,
    // and opening its file each time cost more than reading it.
    private SafeFileHandle? ReaderOf(long segment)
    {
        lock (_deleting)
        {
            if (segment < _oldestSegment || _disposed != 0)
            {
                return null;
            }

            if (!_readers.TryGetValue(segment, out SafeFileHandle? reader))
            {
                try
                {
                    reader = File.OpenHandle(SegmentPath(_directory, segment), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                }
                catch (FileNotFoundException)
                {
                    return null;
                }

                _readers.Add(segment, reader);
            }

            return reader;
        }
    }

    private void Run()
    {
        var batch = new List<PendingAppend>(MaxBatch);
        var locations = new List<JournalLocation>(MaxBatch);
        // Whatever queued while the last sync ran goes in this one: under a steady stream, each sync carries the
        // appends that arrived during the one before it, and waits up to a millisecond for more when that is fewer than
        // the gather target. Waiting with few callers leaves the cores idle while every one of them waits for it.
        while (_queue.TakeBatch(batch, MaxBatch, GatherTarget, GatherMilliseconds))
        {
            WriteBatch(batch, locations);
            batch.Clear();
            locations.Clear();
        }
    }

    private void WriteBatch(List<PendingAppend> batch, List<JournalLocation> locations)
    {
        // The file's position is its end (opened there, moved by each write, pulled back by a truncation), and asking
        // for it costs no system call, as the length's fstat did on every batch.
        long batchStart = _file.Position;
        try
        {
            int from = 0;
            while (from < batch.Count)
            {
                // Fill the current segment; a segment holds at least one record however large.
                long offset = _file.Position;
                int to = from;
                long size = 0;
                while (to < batch.Count && (to == from || offset + size + batch[to].FrameLength <= _segmentBytes))
                {
                    locations.Add(new JournalLocation(_segment, offset + size, batch[to].FrameLength));
                    size += batch[to].FrameLength;
                    to++;
                }

                if (offset > 0 && offset + size > _segmentBytes)
                {
                    locations.RemoveRange(from, to - from);
                    RollSegment();
                    batchStart = 0;
                    continue;
                }

                // One write of the frames side by side, in a buffer kept for the next batch (a busy journal's batch
                // is tens of kilobytes, which allocated each time would soon reach the large object heap).
                if (_batchBuffer.Length < size)
                {
                    _batchBuffer = new byte[checked((int)Math.Max(size, 2L * _batchBuffer.Length))];
                }

                int at = 0;
                for (int i = from; i < to; i++)
                {
                    batch[i].Frame.AsSpan(0, batch[i].FrameLength).CopyTo(_batchBuffer.AsSpan(at));
                    at += batch[i].FrameLength;
                }

                _file.Write(_batchBuffer, 0, at);
                _file.Flush(flushToDisk: true);
                Interlocked.Increment(ref _syncCount);
                from = to;
                if (from < batch.Count)
                {
                    RollSegment();
                    batchStart = 0;
                }
            }
        }
#pragma warning disable CA1031 // the failure is handed to every caller of the batch
        catch (Exception exception)
#pragma warning restore CA1031
        {
            TryTruncate(batchStart);
            foreach (PendingAppend pending in batch)
            {
                pending.ReturnFrame();
                pending.TrySetException(new IOException("The start could not be written to the journal.", exception));
            }

            return;
        }

        foreach (PendingAppend pending in batch)
        {
            pending.ReturnFrame();
        }

        for (int i = 0; i < batch.Count; i++)
        {
            _synced?.Invoke(batch[i].InstanceId, locations[i]);
            _appended.Enqueue(locations[i]);
        }

        Interlocked.Add(ref _appendCount, batch.Count);
        Appended.Set();
        for (int i = 0; i < batch.Count; i++)
        {
            batch[i].TrySetResult(locations[i]);
        }
    }

    // Appends added while the journal was closing that its thread never took: they were not written.
    private void FailUnwritten()
    {
        while (_queue.TryTake(out PendingAppend? pending))
        {
            pending.ReturnFrame();
            pending.TrySetException(new ObjectDisposedException("The start journal was closed before the start was written."));
        }
    }

    private void TryTruncate(long length)
    {
        try
        {
            _file.SetLength(length);
            _file.Flush(flushToDisk: true);
        }
        catch (IOException)
        {
            // The frames written past it fail their check when the journal is opened again, or are whole records
            // whose callers were told they failed: applying such a start once more is harmless (starts dedupe).
        }
    }

    private void RollSegment()
    {
        FileStream next = OpenSegmentForAppend(_directory, _segment + 1);
        SyncDirectory(_directory);
        _file.Dispose();
        _file = next;
        Interlocked.Increment(ref _segment);
    }

    // The payload is laid out as BinaryWriter wrote it before (ticks, then each string as its UTF-8 length in 7-bit
    // groups and its UTF-8 bytes, with a flag byte saying whether there is an input), so records written before and
    // after read alike. Sizing it first lets the frame be allocated once and filled in place.
    internal static byte[] Encode(JournaledStart start)
    {
        byte[]? input = start.Input is null ? null : Encoding.UTF8.GetBytes(start.Input);
        byte[] pooled = EncodePooled(start.InstanceId, start.Name, input, input is not null, start.AcceptedAt, out int length);
        byte[] frame = pooled.AsSpan(0, length).ToArray();
        ArrayPool<byte>.Shared.Return(pooled);
        return frame;
    }

    // The frame is built in an array from the shared pool (the first frameLength bytes), which goes back to the pool
    // once the journal has copied it into its write: one per accepted start, so none is left for the collector.
    private static byte[] EncodePooled(string instanceId, string name, ReadOnlySpan<byte> utf8Input, bool hasInput, DateTime acceptedAt, out int frameLength)
    {
        int instanceIdBytes = Encoding.UTF8.GetByteCount(instanceId);
        int nameBytes = Encoding.UTF8.GetByteCount(name);
        int inputBytes = hasInput ? utf8Input.Length : 0;
        int payloadLength = checked(
            sizeof(long) + StringSize(instanceIdBytes) + StringSize(nameBytes) + sizeof(bool) + StringSize(inputBytes));

        frameLength = checked(FrameHeaderBytes + payloadLength);
        byte[] pooled = ArrayPool<byte>.Shared.Rent(frameLength);
        Span<byte> frame = pooled.AsSpan(0, frameLength);
        Span<byte> rest = frame[FrameHeaderBytes..];
        BinaryPrimitives.WriteInt64LittleEndian(rest, acceptedAt.ToUniversalTime().Ticks);
        rest = WriteString(rest[sizeof(long)..], instanceId, instanceIdBytes);
        rest = WriteString(rest, name, nameBytes);
        rest[0] = hasInput ? (byte)1 : (byte)0;
        rest = WriteLengthPrefix(rest[sizeof(bool)..], inputBytes);
        utf8Input[..inputBytes].CopyTo(rest);
        rest = rest[inputBytes..];
        Debug.Assert(rest.IsEmpty, "The payload was sized to hold exactly what is written into it.");

        BinaryPrimitives.WriteInt32LittleEndian(frame, payloadLength);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Crc32.HashToUInt32(frame[FrameHeaderBytes..]));
        return pooled;
    }

    // Decodes the frame at the start of data; false when it is incomplete or fails its check. The payload is read
    // straight from the span, as BinaryReader read it, without copying it into a stream first.
    internal static bool TryDecodeFrame(ReadOnlySpan<byte> data, out JournaledStart start, out int frameLength, bool withInput = true)
    {
        start = null!;
        frameLength = 0;
        if (data.Length < FrameHeaderBytes)
        {
            return false;
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(data);
        if (length <= 0 || length > data.Length - FrameHeaderBytes)
        {
            return false;
        }

        ReadOnlySpan<byte> payload = data.Slice(FrameHeaderBytes, length);
        if (Crc32.HashToUInt32(payload) != BinaryPrimitives.ReadUInt32LittleEndian(data[4..]))
        {
            return false;
        }

        if (payload.Length < sizeof(long))
        {
            throw UnreadablePayload();
        }

        var acceptedAt = new DateTime(BinaryPrimitives.ReadInt64LittleEndian(payload), DateTimeKind.Utc);
        ReadOnlySpan<byte> rest = payload[sizeof(long)..];
        string instanceId = ReadString(ref rest);
        string name = ReadString(ref rest);
        if (rest.IsEmpty)
        {
            throw UnreadablePayload();
        }

        bool hasInput = rest[0] != 0;
        rest = rest[sizeof(bool)..];
        string? input = withInput && hasInput ? ReadString(ref rest) : null;
        start = new JournaledStart(instanceId, name, input, acceptedAt);
        frameLength = FrameHeaderBytes + length;
        return true;
    }

    private static int StringSize(int byteCount) => LengthPrefixSize(byteCount) + byteCount;

    private static int LengthPrefixSize(int byteCount)
        => byteCount switch
        {
            < 1 << 7 => 1,
            < 1 << 14 => 2,
            < 1 << 21 => 3,
            < 1 << 28 => 4,
            _ => 5,
        };

    private static Span<byte> WriteString(Span<byte> destination, string value, int byteCount)
    {
        Span<byte> rest = WriteLengthPrefix(destination, byteCount);
        int written = Encoding.UTF8.GetBytes(value, rest);
        return rest[written..];
    }

    // The length goes out 7 bits at a time, lowest first, the top bit of each byte saying another follows.
    private static Span<byte> WriteLengthPrefix(Span<byte> destination, int byteCount)
    {
        uint remaining = (uint)byteCount;
        int at = 0;
        while (remaining >= 0x80)
        {
            destination[at++] = (byte)(remaining | 0x80);
            remaining >>= 7;
        }

        destination[at++] = (byte)remaining;
        return destination[at..];
    }

    private static string ReadString(ref ReadOnlySpan<byte> payload)
    {
        ulong length = 0;
        int at = 0;
        for (int shift = 0; ; shift += 7)
        {
            if (at == payload.Length || shift > 28)
            {
                throw UnreadablePayload();
            }

            byte next = payload[at++];
            length |= (ulong)(next & 0x7F) << shift;
            if (next < 0x80)
            {
                break;
            }
        }

        if (length > (ulong)(payload.Length - at))
        {
            throw UnreadablePayload();
        }

        string value = Encoding.UTF8.GetString(payload.Slice(at, (int)length));
        payload = payload[(at + (int)length)..];
        return value;
    }

    // The checksum held, so the bytes are as written: a payload that still does not parse was written wrong and is
    // not a torn record to cut off quietly.
    private static InvalidDataException UnreadablePayload()
        => new("A start journal record passes its checksum but its payload cannot be read.");

    private static void ReadSegment(string directory, long segment, bool isLast, List<(JournaledStart, JournalLocation)> records)
    {
        string path = SegmentPath(directory, segment);
        byte[] data = File.ReadAllBytes(path);
        int offset = 0;
        while (offset < data.Length)
        {
            if (!TryDecodeFrame(data.AsSpan(offset), out JournaledStart start, out int frameLength, withInput: false))
            {
                if (!isLast)
                {
                    throw new InvalidDataException($"The start journal's segment '{path}' has a damaged record at offset {offset}.");
                }

                // A record cut short by a crash: it was never acknowledged, so it is dropped.
                using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.None);
                file.SetLength(offset);
                file.Flush(flushToDisk: true);
                return;
            }

            records.Add((start, new JournalLocation(segment, offset, frameLength)));
            offset += frameLength;
        }
    }

    private static FileStream TakeLock(string directory, TimeSpan wait)
        => ExclusiveFileLock.Take(
            Path.Combine(directory, LockFileName),
            wait,
            $"The start journal in '{directory}' is open in another process (waited {wait.TotalSeconds:0.#} s for it to close).");

    private static FileStream OpenSegmentForAppend(string directory, long segment)
    {
        var file = new FileStream(SegmentPath(directory, segment), FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read | FileShare.Delete, bufferSize: 0);
        file.Seek(0, SeekOrigin.End);
        return file;
    }

    private static long[] SegmentNumbers(string directory)
        => [.. Directory.EnumerateFiles(directory, SegmentPrefix + "*" + SegmentSuffix)
            .Select(path => Path.GetFileName(path)[SegmentPrefix.Length..^SegmentSuffix.Length])
            .Select(number => long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out long n) ? n : -1)
            .Where(n => n > 0)
            .Order()];

    private static string SegmentPath(string directory, long segment)
        => Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{SegmentPrefix}{segment:D12}{SegmentSuffix}"));

    // A new segment's name must be on disk too before records in it are acknowledged: sync the directory.
    private static void SyncDirectory(string directory)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        int fd = NativeFiles.Open(directory, 0);
        if (fd < 0)
        {
            throw new IOException($"Could not open '{directory}' to sync it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeFiles.Fsync(fd) != 0)
            {
                throw new IOException($"Could not sync '{directory}' (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = NativeFiles.Close(fd);
        }
    }

    // An append waiting for its sync: its frame (a pooled array, the first FrameLength bytes) and, being the
    // completion source itself, its caller's task.
    private sealed class PendingAppend(string instanceId, byte[] frame, int frameLength)
        : TaskCompletionSource<JournalLocation>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        private byte[]? _frame = frame;

        public string InstanceId { get; } = instanceId;

        public byte[] Frame => _frame ?? throw new InvalidOperationException("The frame went back to the pool.");

        public int FrameLength { get; } = frameLength;

        public void ReturnFrame()
        {
            if (_frame is { } frame)
            {
                _frame = null;
                ArrayPool<byte>.Shared.Return(frame);
            }
        }
    }
}

internal static partial class NativeFiles
{
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    internal static partial int Fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);
}
