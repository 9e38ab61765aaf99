using System.Buffers;

namespace MentorFlow.Cli.Csv;

/// <summary>
/// Streams the records of a CSV file as byte spans, without a string per line or per cell, so an 80-million
/// cell file is read in one pass through a small buffer. A quoted field may hold commas, doubled quotes and
/// line breaks (RFC 4180). Blank lines are skipped; CRLF and a UTF-8 byte order mark are accepted.
/// </summary>
public sealed class CsvRecordReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int _start;
    private int _end;
    private bool _endOfStream;
    private bool _atFileStart = true;
    private int _nextLine = 1;

    public CsvRecordReader(Stream stream, string fileName)
    {
        _stream = stream;
        FileName = fileName;
    }

    public string FileName { get; }

    /// <summary>The line on which the record last read starts (1-based).</summary>
    public int Line { get; private set; }

    /// <summary>Reads the next non-blank record; false at the end of the file. The span is valid until the next call.</summary>
    public bool TryRead(out ReadOnlySpan<byte> record)
    {
        while (true)
        {
            if (!TryReadPhysicalRecord(out var start, out var length, out var lineBreaks))
            {
                record = default;
                return false;
            }

            Line = _nextLine;
            _nextLine += lineBreaks;
            record = _buffer.AsSpan(start, length);
            if (record.Length > 0 && record[^1] == (byte)'\r')
            {
                record = record[..^1];
            }

            if (record.Length > 0)
            {
                return true;
            }
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Finds the next line break outside quotes; a record spanning several lines counts them.</summary>
    private bool TryReadPhysicalRecord(out int start, out int length, out int lineBreaks)
    {
        var scanned = 0;
        var quotes = 0;
        lineBreaks = 1;
        while (true)
        {
            var pending = _buffer.AsSpan(_start + scanned, _end - _start - scanned);
            var newline = pending.IndexOf((byte)'\n');
            var segment = newline >= 0 ? pending[..newline] : pending;
            quotes += segment.Count((byte)'"');
            if (newline >= 0 && quotes % 2 == 0)
            {
                start = _start;
                length = scanned + newline;
                _start += length + 1;
                return true;
            }

            if (newline >= 0)
            {
                // The line break is inside a quoted field: the record goes on.
                scanned += newline + 1;
                lineBreaks++;
                continue;
            }

            scanned = _end - _start;
            if (_endOfStream)
            {
                start = _start;
                length = scanned;
                _start = _end;
                return length > 0;
            }

            // scanned counts from _start, which Fill may move; the count stays right.
            Fill();
            SkipByteOrderMark();
        }
    }

    private void Fill()
    {
        var pending = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            // One record longer than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        _end += read;
        _endOfStream = read == 0;
    }

    private void SkipByteOrderMark()
    {
        if (!_atFileStart || (_end < 3 && !_endOfStream))
        {
            return;
        }

        _atFileStart = false;
        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = 3;
        }
    }
}
