using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using MentorFlow.Durable.Client.Journal;

namespace MentorFlow.Durable.Tests.Journal;

/// <summary>
/// The journal's record frames: the encoder writes the bytes BinaryWriter wrote for the same start, and the decoder
/// reads them as BinaryReader did, so journals written before and after the change read alike.
/// </summary>
public sealed class StartJournalFrameTests
{
    private static readonly DateTime At = new(2026, 12, 4, 9, 30, 0, DateTimeKind.Utc);

    // Lengths either side of where the 7-bit length prefix grows from 1 to 2, 3 and 4 bytes, text that is not ASCII,
    // a lone surrogate (written as U+FFFD by both), an empty input and none at all.
    private static readonly JournaledStart[] Starts =
    [
        new("journey:a", "MenteeJourney", """{"name":"Ana Silva"}""", At),
        new("intake:b", "MentorIntake", null, At),
        new("intake:c", "MentorIntake", string.Empty, At),
        new("journey:josé", "MenteeJourney", """{"name":"João Gonçalves","note":"日本語 😀"}""", At),
        new("journey:127", "MenteeJourney", new string('x', 127), At),
        new("journey:128", "MenteeJourney", new string('x', 128), At),
        new("journey:16383", "MenteeJourney", new string('x', 16_383), At),
        new("journey:16384", "MenteeJourney", new string('é', 8_192), At),
        new("journey:long", "MenteeJourney", string.Concat(Enumerable.Repeat("mentoring ✓ ", 3_000)), At),
        new("journey:2MiB", "MenteeJourney", new string('é', 1 << 20), At),
        new("journey:surrogate", "MenteeJourney", "a\uD800b", At),
        new("journey:local", "MenteeJourney", "{}", new DateTime(2026, 12, 4, 10, 30, 0, DateTimeKind.Local)),
    ];

    [Fact]
    public void The_encoder_writes_the_same_bytes_as_BinaryWriter_did()
    {
        foreach (JournaledStart start in Starts)
        {
            Assert.True(BinaryWriterFrame(start).AsSpan().SequenceEqual(StartJournal.Encode(start)), $"The frame of '{start.InstanceId}' differs.");
        }
    }

    [Fact]
    public void A_frame_decodes_to_what_BinaryReader_reads_from_it_with_or_without_its_input()
    {
        foreach (JournaledStart start in Starts)
        {
            byte[] frame = BinaryWriterFrame(start);
            JournaledStart expected = BinaryReaderStart(frame);

            Assert.True(StartJournal.TryDecodeFrame(frame, out JournaledStart decoded, out int length));
            Assert.Equal(expected, decoded);
            Assert.Equal(frame.Length, length);

            Assert.True(StartJournal.TryDecodeFrame(frame, out JournaledStart withoutInput, out _, withInput: false));
            Assert.Equal(expected with { Input = null }, withoutInput);
        }
    }

    [Fact]
    public void A_frame_cut_short_or_with_a_changed_byte_does_not_decode()
    {
        byte[] frame = StartJournal.Encode(Starts[0]);

        Assert.False(StartJournal.TryDecodeFrame(frame.AsSpan(0, frame.Length - 1), out _, out _));
        frame[^1] ^= 0x01;
        Assert.False(StartJournal.TryDecodeFrame(frame, out _, out _));
    }

    // How records were written before: the payload through BinaryWriter, framed by its length and CRC-32.
    private static byte[] BinaryWriterFrame(JournaledStart start)
    {
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(start.AcceptedAt.ToUniversalTime().Ticks);
            writer.Write(start.InstanceId);
            writer.Write(start.Name);
            writer.Write(start.Input is not null);
            writer.Write(start.Input ?? string.Empty);
        }

        byte[] body = payload.ToArray();
        var frame = new byte[8 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(frame, body.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), Crc32.HashToUInt32(body));
        body.CopyTo(frame, 8);
        return frame;
    }

    // How records were read before.
    private static JournaledStart BinaryReaderStart(byte[] frame)
    {
        using var reader = new BinaryReader(new MemoryStream(frame, 8, frame.Length - 8, writable: false), Encoding.UTF8);
        var acceptedAt = new DateTime(reader.ReadInt64(), DateTimeKind.Utc);
        string instanceId = reader.ReadString();
        string name = reader.ReadString();
        string? input = reader.ReadBoolean() ? reader.ReadString() : null;
        return new JournaledStart(instanceId, name, input, acceptedAt);
    }
}
