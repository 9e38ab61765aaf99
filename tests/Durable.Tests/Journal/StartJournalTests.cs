using MentorFlow.Durable.Client.Journal;
using MentorFlow.Durable.Tests.Support;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>The start journal on real files: what an append acknowledged is read back after reopening, in order.</summary>
public sealed class StartJournalTests : IDisposable
{
    private static readonly DateTime At = new(2026, 12, 4, 9, 30, 0, DateTimeKind.Utc);
    private readonly string _directory = TempDirectory.Create();

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Acknowledged_appends_are_listed_in_order_after_reopening_and_read_back_whole_from_where_they_lie()
    {
        using (var journal = StartJournal.Open(_directory, out var none))
        {
            Assert.Empty(none);
            await journal.AppendAsync(new JournaledStart("journey:a", "MenteeJourney", """{"name":"Ana Silva"}""", At));
            await journal.AppendAsync(new JournaledStart("intake:b", "MentorIntake", null, At.AddSeconds(1)));
        }

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(
            [new JournaledStart("journey:a", "MenteeJourney", null, At), new JournaledStart("intake:b", "MentorIntake", null, At.AddSeconds(1))],
            recovered.Select(r => r.Start));
        Assert.Equal(new JournaledStart("journey:a", "MenteeJourney", """{"name":"Ana Silva"}""", At), reopened.Read(recovered[0].Location));
        Assert.Equal(recovered[1].Start, reopened.Read(recovered[1].Location));
    }

    [Fact]
    public async Task An_input_appended_as_utf8_bytes_is_written_as_the_same_record_as_the_same_text()
    {
        const string Input = """{"name":"João Gonçalves","goals":["日本語"]}""";
        string bytesDirectory = TempDirectory.Create();
        try
        {
            JournalLocation fromText, fromBytes, none;
            using (var journal = StartJournal.Open(_directory, out _))
            {
                fromText = await journal.AppendAsync(new JournaledStart("journey:a", "MenteeJourney", Input, At));
            }

            using (var journal = StartJournal.Open(bytesDirectory, out _))
            {
                fromBytes = await journal.AppendAsync("journey:a", "MenteeJourney", System.Text.Encoding.UTF8.GetBytes(Input), At);
                none = await journal.AppendAsync("intake:b", "MentorIntake", null, At);
            }

            Assert.Equal(fromText, fromBytes);
            using var reopened = StartJournal.Open(bytesDirectory, out var recovered);
            Assert.Equal(new JournaledStart("journey:a", "MenteeJourney", Input, At), reopened.Read(fromBytes));
            Assert.Equal(new JournaledStart("intake:b", "MentorIntake", null, At), reopened.Read(none));
            Assert.Equal(2, recovered.Count);
        }
        finally
        {
            Directory.Delete(bytesDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_input_appended_from_a_span_is_copied_into_its_record_before_the_append_returns()
    {
        var buffer = System.Text.Encoding.UTF8.GetBytes("""{"n":1}""");
        JournalLocation first, second, none;
        using (var journal = StartJournal.Open(_directory, out _))
        {
            Task<JournalLocation> appendFirst = journal.AppendAsync("journey:a", "MenteeJourney", buffer, hasInput: true, At);
            """{"n":2}"""u8.CopyTo(buffer);
            Task<JournalLocation> appendSecond = journal.AppendAsync("journey:b", "MenteeJourney", buffer, hasInput: true, At);
            buffer.AsSpan().Fill((byte)'x');
            Task<JournalLocation> appendNone = journal.AppendAsync("intake:c", "MentorIntake", buffer, hasInput: false, At);
            buffer.AsSpan().Fill((byte)'y');
            (first, second, none) = (await appendFirst, await appendSecond, await appendNone);
        }

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(new JournaledStart("journey:a", "MenteeJourney", """{"n":1}""", At), reopened.Read(first));
        Assert.Equal(new JournaledStart("journey:b", "MenteeJourney", """{"n":2}""", At), reopened.Read(second));
        Assert.Equal(new JournaledStart("intake:c", "MentorIntake", null, At), reopened.Read(none));
        Assert.Equal(["journey:a", "journey:b", "intake:c"], recovered.Select(r => r.Start.InstanceId));
    }

    [Fact]
    public async Task A_record_is_framed_by_its_payload_length_and_the_standard_crc32_of_the_payload()
    {
        using (var journal = StartJournal.Open(_directory, out _))
        {
            await journal.AppendAsync(new JournaledStart("journey:a", "MenteeJourney", """{"name":"João"}""", At));
        }

        // Journals already on disk hold frames in exactly this form, so it must not drift. The checksum is zlib's
        // crc32 of the payload; the payload is what BinaryWriter wrote: ticks, then the strings with their 7-bit
        // UTF-8 lengths, with a flag saying the input is there.
        byte[] expected = Convert.FromHexString(
            "32000000" + "1eb962e2" + "009cf72ae951df08" + "096a6f75726e65793a61" + "0d4d656e7465654a6f75726e6579" + "01"
            + "107b226e616d65223a224a6fc3a36f227d");
        string segment = Directory.GetFiles(_directory, "starts-*.journal").Single();
        Assert.Equal(expected, await File.ReadAllBytesAsync(segment));
    }

    [Fact]
    public async Task Many_concurrent_appends_each_complete_and_are_all_there_after_reopening()
    {
        using (var journal = StartJournal.Open(_directory, out _))
        {
            var locations = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
                Task.Run(() => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", $"{{\"n\":{i}}}", At)))));
            Assert.Equal(200, locations.Distinct().Count());
            Assert.Equal(200, journal.AppendCount);
        }

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(Enumerable.Range(0, 200).Select(i => $"journey:{i}").Order(), recovered.Select(r => r.Start.InstanceId).Order());
    }

    [Fact]
    public async Task Appends_arriving_together_share_syncs_and_come_back_after_reopening_in_the_order_they_were_written()
    {
        JournalLocation[] locations;
        using (var journal = StartJournal.Open(_directory, out _))
        {
            locations = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
                Task.Run(() => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", $"{{\"n\":{i}}}", At)))));
            Assert.Equal(200, journal.AppendCount);
            Assert.InRange(journal.SyncCount, 1, 199);
        }

        var written = locations
            .Select((location, i) => (Location: location, InstanceId: $"journey:{i}"))
            .OrderBy(r => r.Location.Segment).ThenBy(r => r.Location.Offset);
        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(written, recovered.Select(r => (r.Location, r.Start.InstanceId)));
    }

    [Fact]
    public async Task With_a_gather_target_a_lone_append_still_completes_and_many_together_are_all_there_after_reopening()
    {
        using (var journal = StartJournal.Open(_directory, out _))
        {
            journal.GatherTarget = 64;
            Assert.Equal(64, journal.GatherTarget);

            // Nothing else comes: the sync waits its millisecond and goes with the one append.
            await journal.AppendAsync(new JournaledStart("journey:alone", "MenteeJourney", null, At));
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
                Task.Run(() => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", $"{{\"n\":{i}}}", At)))));
            Assert.Equal(201, journal.AppendCount);

            journal.GatherTarget = -5;
            Assert.Equal(0, journal.GatherTarget);
        }

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(
            Enumerable.Range(0, 200).Select(i => $"journey:{i}").Append("journey:alone").Order(),
            recovered.Select(r => r.Start.InstanceId).Order());
    }

    [Fact]
    public async Task Appends_queued_when_the_journal_is_closed_are_still_written_and_acknowledged()
    {
        Task<JournalLocation>[] appends;
        using (var journal = StartJournal.Open(_directory, out _))
        {
            appends = [.. Enumerable.Range(0, 50).Select(i => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", "{}", At)))];
        }

        Assert.All(appends, append => Assert.True(append.IsCompletedSuccessfully));
        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"journey:{i}"), recovered.Select(r => r.Start.InstanceId));
    }

    [Fact]
    public async Task A_record_cut_short_by_a_crash_is_dropped_on_reopening_and_appending_goes_on_after_the_last_whole_one()
    {
        using (var journal = StartJournal.Open(_directory, out _))
        {
            await journal.AppendAsync(new JournaledStart("journey:whole", "MenteeJourney", "{}", At));
        }

        // What a kill in the middle of a write leaves: a frame header promising more bytes than follow.
        string segment = Directory.GetFiles(_directory, "starts-*.journal").Single();
        long whole = new FileInfo(segment).Length;
        await using (var file = new FileStream(segment, FileMode.Append))
        {
            await file.WriteAsync(new byte[] { 200, 0, 0, 0, 1, 2, 3, 4, 5, 6 });
        }

        using (var reopened = StartJournal.Open(_directory, out var recovered))
        {
            Assert.Equal(["journey:whole"], recovered.Select(r => r.Start.InstanceId));
            Assert.Equal(whole, new FileInfo(segment).Length);
            await reopened.AppendAsync(new JournaledStart("journey:next", "MenteeJourney", "{}", At));
        }

        using var again = StartJournal.Open(_directory, out var all);
        Assert.Equal(["journey:whole", "journey:next"], all.Select(r => r.Start.InstanceId));
    }

    [Fact]
    public async Task A_record_whose_bytes_changed_fails_its_check_and_is_dropped_at_the_end()
    {
        using (var journal = StartJournal.Open(_directory, out _))
        {
            await journal.AppendAsync(new JournaledStart("journey:first", "MenteeJourney", "{}", At));
            await journal.AppendAsync(new JournaledStart("journey:second", "MenteeJourney", "{\"x\":1}", At));
        }

        string segment = Directory.GetFiles(_directory, "starts-*.journal").Single();
        byte[] bytes = await File.ReadAllBytesAsync(segment);
        bytes[^2] ^= 0xFF;
        await File.WriteAllBytesAsync(segment, bytes);

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(["journey:first"], recovered.Select(r => r.Start.InstanceId));
    }

    [Fact]
    public async Task A_damaged_record_before_the_last_segment_stops_the_opening_with_the_file_named()
    {
        using (var journal = StartJournal.Open(_directory, out _, segmentBytes: 4096))
        {
            for (int i = 0; i < 40; i++)
            {
                await journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", new string('x', 200), At));
            }
        }

        string first = Directory.GetFiles(_directory, "starts-*.journal").Order().First();
        byte[] bytes = await File.ReadAllBytesAsync(first);
        bytes[20] ^= 0xFF;
        await File.WriteAllBytesAsync(first, bytes);

        var error = Assert.Throws<InvalidDataException>(() => StartJournal.Open(_directory, out _, segmentBytes: 4096));
        Assert.Contains(Path.GetFileName(first), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Segments_roll_at_their_size_and_only_those_before_the_one_named_are_deleted_never_the_active_one()
    {
        using var journal = StartJournal.Open(_directory, out _, segmentBytes: 4096);
        var locations = new List<JournalLocation>();
        for (int i = 0; i < 60; i++)
        {
            locations.Add(await journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", new string('x', 200), At)));
        }

        long active = journal.ActiveSegment;
        Assert.True(active >= 3, $"60 records of about 240 bytes in 4 KiB segments should fill at least 3 segments, got {active}");
        Assert.All(Directory.GetFiles(_directory, "starts-*.journal"), f => Assert.True(new FileInfo(f).Length <= 4096));

        journal.DeleteSegmentsBefore(2);
        Assert.Null(journal.Read(locations[0]));
        Assert.Equal("journey:59", journal.Read(locations[^1])!.InstanceId);

        journal.DeleteSegmentsBefore(long.MaxValue);
        Assert.Equal(["journey:59"], new[] { journal.Read(locations[^1])!.InstanceId });
        Assert.Single(Directory.GetFiles(_directory, "starts-*.journal"));
    }

    [Fact]
    public async Task After_reopening_deleting_goes_on_from_the_oldest_segment_left_on_disk()
    {
        using (var journal = StartJournal.Open(_directory, out _, segmentBytes: 4096))
        {
            for (int i = 0; i < 60; i++)
            {
                await journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", new string('x', 200), At));
            }

            journal.DeleteSegmentsBefore(3);
        }

        using var reopened = StartJournal.Open(_directory, out var recovered, segmentBytes: 4096);
        Assert.Equal(3, recovered[0].Location.Segment);

        reopened.DeleteSegmentsBefore(long.MaxValue);
        Assert.Single(Directory.GetFiles(_directory, "starts-*.journal"));
        Assert.Null(reopened.Read(recovered[0].Location));
        Assert.Equal("journey:59", reopened.Read(recovered[^1].Location)!.InstanceId);
    }

    [Fact]
    public void A_journal_open_in_one_place_cannot_be_opened_in_another()
    {
        using var journal = StartJournal.Open(_directory, out _);

        var error = Assert.Throws<IOException>(() => StartJournal.Open(_directory, out _, lockWait: TimeSpan.FromMilliseconds(200)));
        Assert.Contains("open in another process", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_waits_for_a_journal_that_is_being_closed_elsewhere()
    {
        var first = StartJournal.Open(_directory, out _);
        await first.AppendAsync(new JournaledStart("journey:a", "MenteeJourney", null, At));

        var second = Task.Run(() => StartJournal.Open(_directory, out var recovered, lockWait: DurableTestHost.Patience) is var journal ? (journal, recovered) : default);
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        first.Dispose();
        var (reopened, recovered) = await second;

        using (reopened)
        {
            Assert.Equal(["journey:a"], recovered.Select(r => r.Start.InstanceId));
        }
    }

    [Fact]
    public async Task Appending_after_closing_is_refused()
    {
        var journal = StartJournal.Open(_directory, out _);
        journal.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync(new JournaledStart("journey:late", "MenteeJourney", null, At)));
    }

    [Fact]
    public async Task Appends_racing_with_closing_each_either_complete_and_are_on_disk_or_are_refused()
    {
        var journal = StartJournal.Open(_directory, out _);
        var appends = Enumerable.Range(0, 2_000)
            .Select(i => Task.Run(() => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", null, At))))
            .ToList();
        await Task.Delay(5);
        journal.Dispose();

        var written = new List<string>();
        int refused = 0;
        for (int i = 0; i < appends.Count; i++)
        {
            try
            {
                await appends[i].WaitAsync(TimeSpan.FromSeconds(30));
                written.Add($"journey:{i}");
            }
            catch (ObjectDisposedException)
            {
                refused++;
            }
        }

        using var reopened = StartJournal.Open(_directory, out var recovered);
        Assert.Equal(appends.Count, written.Count + refused);
        Assert.Equal(written.Order(), recovered.Select(r => r.Start.InstanceId).Order());
    }

    [Fact]
    public async Task An_append_is_counted_as_arrived_as_soon_as_it_is_asked_for_and_as_appended_once_synced()
    {
        using var journal = StartJournal.Open(_directory, out _);
        var appends = Enumerable.Range(0, 50).Select(i => journal.AppendAsync(new JournaledStart($"journey:{i}", "MenteeJourney", null, At))).ToList();

        // Counted on the caller's thread before the call returns, whether or not its sync has happened yet.
        Assert.Equal(50, journal.ArrivedCount);
        await Task.WhenAll(appends);
        Assert.Equal(50, journal.AppendCount);

        journal.Dispose();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => journal.AppendAsync(new JournaledStart("journey:late", "MenteeJourney", null, At)));
        Assert.Equal(50, journal.ArrivedCount);
    }
}
