using System.Globalization;
using System.Text;

namespace MentorFlow.Cli.Csv;

/// <summary>
/// Walks the fields of one CSV record left to right. Text fields may be quoted; numbers are parsed
/// straight from the bytes (plain decimals on a fast path, anything else through <see cref="double.TryParse(ReadOnlySpan{byte}, NumberStyles, IFormatProvider?, out double)"/>).
/// </summary>
public ref struct CsvFieldCursor
{
    private static readonly double[] s_pow10 =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    private readonly ReadOnlySpan<byte> _record;
    private int _position;
    private (int Start, int End) _lastField;

    public CsvFieldCursor(ReadOnlySpan<byte> record)
    {
        _record = record;
    }

    /// <summary>The 1-based number of the field read last.</summary>
    public int FieldNumber { get; private set; }

    /// <summary>True while a field is left, including an empty one after a trailing comma.</summary>
    public readonly bool HasMore => _position <= _record.Length;

    /// <summary>The number of fields in the record, counted without moving the cursor.</summary>
    public readonly int CountFields()
    {
        var copy = this;
        var count = 0;
        while (copy.HasMore)
        {
            if (!copy.TryReadText(out _))
            {
                return -1;
            }

            count++;
        }

        return count;
    }

    /// <summary>Reads a text field, unquoting it; false when its quotes are malformed.</summary>
    public bool TryReadText(out string text)
    {
        FieldNumber++;
        var rest = _record[_position..];
        if (rest.Length == 0 || rest[0] != (byte)'"')
        {
            var comma = rest.IndexOf((byte)',');
            var field = comma >= 0 ? rest[..comma] : rest;
            text = Encoding.UTF8.GetString(field);
            _position += field.Length + 1;
            return field.IndexOf((byte)'"') < 0;
        }

        var builder = new StringBuilder();
        var i = 1;
        var start = 1;
        while (true)
        {
            var quote = rest[i..].IndexOf((byte)'"');
            if (quote < 0)
            {
                text = string.Empty;
                return false;
            }

            i += quote;
            builder.Append(Encoding.UTF8.GetString(rest[start..i]));
            if (i + 1 < rest.Length && rest[i + 1] == (byte)'"')
            {
                builder.Append('"');
                i += 2;
                start = i;
                continue;
            }

            // A closing quote must end the field.
            text = builder.ToString();
            var after = i + 1;
            _position += after + 1;
            return after == rest.Length || rest[after] == (byte)',';
        }
    }

    /// <summary>
    /// Reads a number field: false when it is not a finite decimal number. An empty field reads as NaN.
    /// </summary>
    public bool TryReadNumber(out double value)
    {
        var rest = _record[_position..];
        var i = 0;
        var negative = false;
        if (i < rest.Length && (rest[i] == (byte)'-' || rest[i] == (byte)'+'))
        {
            negative = rest[i] == (byte)'-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var fractionDigits = -1;
        for (; i < rest.Length; i++)
        {
            var digit = (uint)(rest[i] - '0');
            if (digit <= 9 && digits < 19)
            {
                mantissa = (mantissa * 10) + digit;
                digits++;
                if (fractionDigits >= 0)
                {
                    fractionDigits++;
                }
            }
            else if (rest[i] == (byte)'.' && fractionDigits < 0)
            {
                fractionDigits = 0;
            }
            else
            {
                break;
            }
        }

        if (i == rest.Length || rest[i] == (byte)',')
        {
            if (i == 0)
            {
                FieldNumber++;
                _position += 1;
                value = double.NaN;
                return true;
            }

            var fraction = Math.Max(fractionDigits, 0);
            if (digits > 0 && mantissa < (1UL << 53) && fraction < s_pow10.Length)
            {
                // Both operands are exact, so one IEEE division rounds correctly, as a full parser would.
                FieldNumber++;
                _position += i + 1;
                value = mantissa / s_pow10[fraction];
                value = negative ? -value : value;
                return true;
            }
        }

        return TryReadNumberSlowly(out value);
    }

    private bool TryReadNumberSlowly(out double value)
    {
        var fieldStart = _position;
        if (_position < _record.Length && _record[_position] == (byte)'"')
        {
            var wellQuoted = TryReadText(out var text);
            _lastField = (fieldStart, Math.Min(_position - 1, _record.Length));
            value = double.NaN;
            return wellQuoted && (text.Length == 0
                || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value)));
        }

        FieldNumber++;
        var rest = _record[_position..];
        var comma = rest.IndexOf((byte)',');
        var field = comma >= 0 ? rest[..comma] : rest;
        _position += field.Length + 1;
        _lastField = (fieldStart, fieldStart + field.Length);
        return double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    /// <summary>The raw text of the number field that failed to parse, for error messages; at most 40 characters.</summary>
    public readonly string FailedFieldText()
    {
        var field = _record[_lastField.Start.._lastField.End];
        return Encoding.UTF8.GetString(field.Length > 40 ? field[..40] : field);
    }
}
