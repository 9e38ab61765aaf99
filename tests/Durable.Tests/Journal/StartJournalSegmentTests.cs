using System.Globalization;
using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>
/// The start journal's segments on real files: each is filled with zeros to the segment size before records go in, its
/// records end at the first zero frame header, what a torn write left is zeroed rather than cut off the file, and
/// segments written before they were preallocated (records only) read and take appends as they did.
/// </summary>
public sealed class StartJournalSegmentTests : IDisposable
{
    private const long SegmentBytes = 4096;
    private const string NextSegmentFileName = "next-segment.tmp";
    private static readonly DateTime At = new(2026, 12, 4, 9, 30, 0, DateTimeKind.Utc);
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_new_segment_is_filled_with_zeros_to_the_segment_size_before_records_go_in_and_they_read_back_after_reopening()
    {
        var written = new List<JournalLocation>();
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            Assert.Equal(SegmentBytes, new FileInfo(SegmentPath(1)).Length);
            for (int i = 0; i < 3; i++)
            {
                written.Add(await journal.AppendAsync(Start(i, "{}")));
            }
        }

        byte[] bytes = await File.ReadAllBytesAsync(SegmentPath(1));
        Assert.Equal(SegmentBytes, bytes.Length);
        Assert.False(bytes.AsSpan((int)End(written[^1])).ContainsAnyExcept((byte)0));

        using var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes);
        Assert.Equal(written, recovered.Select(r => r.Location));
        Assert.Equal(Start(2, "{}"), reopened.Read(written[2]));
    }

    // 200 characters of input leave a tail of zeros longer than a frame header at the end of each full segment; 1,321
    // make frames of 1,365 bytes, three to a segment with a single zero byte after them.
    [Theory]
    [InlineData(200)]
    [InlineData(1_321)]
    public async Task Records_end_at_the_zeros_in_every_segment_so_a_journal_of_padded_segments_reopens_with_exactly_the_records_written(int inputLength)
    {
        var written = new List<JournalLocation>();
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            for (int i = 10; i < 60; i++)
            {
                written.Add(await journal.AppendAsync(Start(i, new string('x', inputLength))));
            }
        }

        long[] segments = [.. written.Select(l => l.Segment).Distinct()];
        Assert.True(segments.Length >= 3, $"50 records should fill at least 3 segments of {SegmentBytes} bytes, got {segments.Length}");
        Assert.All(segments, s => Assert.Equal(SegmentBytes, new FileInfo(SegmentPath(s)).Length));
        Assert.All(segments[..^1], s => Assert.True(End(written.Last(l => l.Segment == s)) < SegmentBytes, "a full segment ends in zeros"));

        for (int reopening = 0; reopening < 2; reopening++)
        {
            using var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes);
            Assert.Equal(written, recovered.Select(r => r.Location));
            Assert.Equal(Enumerable.Range(10, 50).Select(i => $"journey:{i}"), recovered.Select(r => r.Start.InstanceId));
        }
    }

    [Fact]
    public async Task A_torn_write_in_a_preallocated_segment_is_dropped_and_zeroed_so_the_next_append_lands_there_and_nothing_of_it_reappears()
    {
        JournalLocation whole;
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            whole = await journal.AppendAsync(Start(0, "{}"));
        }

        // A batch of two frames the process was killed while writing: the first lacks its last bytes, the second made
        // it whole. Neither was acknowledged. The first is as long as the record appended next, so were the second left
        // on disk it would follow that record exactly, as a frame that passes its check.
        byte[] torn = StartJournal.Encode(Start(1, "{}"));
        torn.AsSpan(torn.Length - 4).Clear();
        byte[] ghost = StartJournal.Encode(Start(99, "{}"));
        await using (var file = new FileStream(SegmentPath(1), FileMode.Open, FileAccess.Write))
        {
            file.Position = End(whole);
            await file.WriteAsync(torn);
            await file.WriteAsync(ghost);
        }

        JournalLocation next;
        using (var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes))
        {
            Assert.Equal([whole], recovered.Select(r => r.Location));
            Assert.Equal(SegmentBytes, new FileInfo(SegmentPath(1)).Length);
            next = await reopened.AppendAsync(Start(1, "{}"));
            Assert.Equal(new JournalLocation(1, End(whole), torn.Length), next);
        }

        using var again = StartJournal.Open(_directory, out var all, SegmentBytes);
        Assert.Equal([whole, next], all.Select(r => r.Location));
        Assert.Equal(Start(1, "{}"), again.Read(next));
    }

    [Fact]
    public async Task Segments_written_before_preallocation_read_as_before_and_the_last_takes_appends_after_its_records()
    {
        // The layout older versions wrote: records only, each file as long as its records, the last one cut short by
        // a kill in the middle of a record.
        byte[][] frames = [.. Enumerable.Range(0, 4).Select(i => StartJournal.Encode(Start(i, "{}")))];
        await File.WriteAllBytesAsync(SegmentPath(1), [.. frames[0], .. frames[1]]);
        await File.WriteAllBytesAsync(SegmentPath(2), [.. frames[2], .. frames[3].AsSpan(0, 10)]);

        JournalLocation appended;
        using (var journal = StartJournal.Open(_directory, out var recovered, SegmentBytes))
        {
            Assert.Equal(
                [new(1, 0, frames[0].Length), new(1, frames[0].Length, frames[1].Length), new JournalLocation(2, 0, frames[2].Length)],
                recovered.Select(r => r.Location));
            Assert.Equal(frames[0].Length + frames[1].Length, new FileInfo(SegmentPath(1)).Length);
            Assert.Equal(SegmentBytes, new FileInfo(SegmentPath(2)).Length);

            appended = await journal.AppendAsync(Start(4, """{"after":"upgrade"}"""));
            Assert.Equal(new JournalLocation(2, frames[2].Length, appended.Length), appended);
        }

        using var reopened = StartJournal.Open(_directory, out var all, SegmentBytes);
        Assert.Equal(["journey:0", "journey:1", "journey:2", "journey:4"], all.Select(r => r.Start.InstanceId));
        Assert.Equal(Start(4, """{"after":"upgrade"}"""), reopened.Read(appended));
    }

    [Fact]
    public async Task Records_that_no_longer_fit_in_a_segment_go_at_the_start_of_the_next_one()
    {
        int frame = StartJournal.Encode(Start(10, new string('x', 200))).Length;
        int perSegment = (int)(SegmentBytes / frame);
        var written = new List<JournalLocation>();
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            for (int i = 10; i < 10 + perSegment + 1; i++)
            {
                written.Add(await journal.AppendAsync(Start(i, new string('x', 200))));
            }
        }

        Assert.Equal(Enumerable.Range(0, perSegment).Select(i => new JournalLocation(1, i * frame, frame)), written[..^1]);
        Assert.Equal(new JournalLocation(2, 0, frame), written[^1]);
        Assert.Equal([SegmentBytes, SegmentBytes], new[] { 1, 2 }.Select(s => new FileInfo(SegmentPath(s)).Length));

        using var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes);
        Assert.Equal(written, recovered.Select(r => r.Location));
    }

    [Fact]
    public async Task A_record_larger_than_a_segment_has_a_segment_to_itself_grown_to_hold_it()
    {
        string large = new('x', 3 * (int)SegmentBytes);
        JournalLocation[] written;
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            written =
            [
                await journal.AppendAsync(Start(0, "{}")),
                await journal.AppendAsync(Start(1, large)),
                await journal.AppendAsync(Start(2, "{}")),
            ];
        }

        Assert.Equal([1L, 2L, 3L], written.Select(l => l.Segment));
        Assert.Equal(0, written[1].Offset);
        Assert.Equal(written[1].Length, new FileInfo(SegmentPath(2)).Length);

        using var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes);
        Assert.Equal(written, recovered.Select(r => r.Location));
        Assert.Equal(Start(1, large), reopened.Read(written[1]));
    }

    [Fact]
    public async Task Once_the_active_segment_is_half_full_the_next_is_made_ready_under_a_name_that_is_not_a_segment_and_renamed_when_records_reach_it()
    {
        string next = Path.Combine(_directory, NextSegmentFileName);
        using var journal = StartJournal.Open(_directory, out _, SegmentBytes);
        int number = 10;
        JournalLocation last;
        do
        {
            last = await journal.AppendAsync(Start(number++, new string('x', 200)));
        }
        while (End(last) < SegmentBytes / 2);

        using (var patience = new CancellationTokenSource(DurableTestHost.Patience))
        {
            while (!File.Exists(next) || new FileInfo(next).Length < SegmentBytes)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), patience.Token);
            }
        }

        Assert.Equal([SegmentPath(1)], Directory.GetFiles(_directory, "starts-*.journal"));
        do
        {
            last = await journal.AppendAsync(Start(number++, new string('x', 200)));
        }
        while (last.Segment == 1);

        Assert.False(File.Exists(next));
        Assert.Equal(SegmentBytes, new FileInfo(SegmentPath(2)).Length);
    }

    [Fact]
    public async Task A_next_segment_left_half_made_by_a_process_that_stopped_is_not_taken_for_records()
    {
        await File.WriteAllBytesAsync(Path.Combine(_directory, NextSegmentFileName), [.. Enumerable.Repeat((byte)0xAB, 2 * (int)SegmentBytes)]);

        var written = new List<JournalLocation>();
        using (var journal = StartJournal.Open(_directory, out _, SegmentBytes))
        {
            for (int i = 10; i < 50; i++)
            {
                written.Add(await journal.AppendAsync(Start(i, new string('x', 200))));
            }
        }

        Assert.True(written[^1].Segment >= 3, $"40 records should fill at least 2 segments of {SegmentBytes} bytes and begin a third");
        using var reopened = StartJournal.Open(_directory, out var recovered, SegmentBytes);
        Assert.Equal(written, recovered.Select(r => r.Location));
    }

    private static JournaledStart Start(int number, string input)
        => new(string.Create(CultureInfo.InvariantCulture, $"journey:{number}"), "MenteeJourney", input, At);

    private static long End(JournalLocation location) => location.Offset + location.Length;

    private string SegmentPath(long segment)
        => Path.Combine(_directory, string.Create(CultureInfo.InvariantCulture, $"starts-{segment:D12}.journal"));
}
