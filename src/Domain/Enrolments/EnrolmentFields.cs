using System.Globalization;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Enrolments;

/// <summary>The field rules of mentee and mentor forms beyond <see cref="BoundedText"/>: bounded lists of terms, options, clock times.</summary>
internal static class EnrolmentFields
{
    /// <summary>A list of short terms (tags, skills, languages); each is trimmed, and repeats (compared by <see cref="TermKey"/>) are refused.</summary>
    public static IReadOnlyList<string> Terms(
        IReadOnlyList<string?>? values, string field, int minCount, int maxCount, int maxLength, FieldErrorCollector errors)
    {
        var items = values ?? [];
        if (items.Count < minCount)
        {
            errors.Add(field, minCount == 1 ? "needs at least one entry" : $"needs at least {minCount} entries");
        }

        if (items.Count > maxCount)
        {
            errors.Add(field, $"must have at most {maxCount} entries");
            return [];
        }

        var terms = new List<string>(items.Count);

        // Each accepted term's key and index: lists hold a handful of terms, so a scan beats a hash table.
        var seen = new (string Key, int Index)[items.Count];
        var seenCount = 0;
        for (var i = 0; i < items.Count; i++)
        {
            // An item's field name is made only for an error: most lists are fine.
            if (BoundedText.Problem(items[i], maxLength, required: true) is { } problem)
            {
                errors.Add($"{field}[{i}]", problem);
                continue;
            }

            var term = items[i]!.Trim();
            var key = TermKey.Normalise(term);
            if (IndexOf(seen.AsSpan(0, seenCount), key) is { } first)
            {
                errors.Add($"{field}[{i}]", $"repeats {field}[{first}]");
                continue;
            }

            seen[seenCount++] = (key, i);
            terms.Add(term);
        }

        return terms;
    }

    private static int? IndexOf(ReadOnlySpan<(string Key, int Index)> seen, string key)
    {
        foreach (var (seenKey, index) in seen)
        {
            if (string.Equals(seenKey, key, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return null;
    }

    public static IReadOnlyList<TEnum> Options<TEnum>(IReadOnlyList<string?>? values, string field, FieldErrorCollector errors)
        where TEnum : struct, Enum
    {
        var items = values ?? [];
        if (items.Count == 0)
        {
            errors.Add(field, "needs at least one entry");
        }

        var options = new List<TEnum>();
        for (var i = 0; i < items.Count; i++)
        {
            if (!EnumText.TryParse(items[i], out TEnum option))
            {
                errors.Add($"{field}[{i}]", EnumText.Problem<TEnum>(items[i]));
                continue;
            }

            if (options.Contains(option))
            {
                errors.Add($"{field}[{i}]", "repeats an earlier entry");
            }
            else
            {
                options.Add(option);
            }
        }

        return options;
    }

    /// <summary>Reads <c>HH:mm</c> as minutes since midnight; <c>24:00</c> is allowed only as an end.</summary>
    public static int? ClockMinutes(string? text, string field, bool isEnd, FieldErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, "is required");
            return null;
        }

        var trimmed = text.Trim();
        if (isEnd && trimmed == "24:00")
        {
            return WeeklySlot.MinutesPerDay;
        }

        // Every enrolment has a few of these; the common shape is read directly, anything else by the parser.
        if (PlainClockMinutes(trimmed) is { } minutes)
        {
            return minutes;
        }

        if (TimeOnly.TryParseExact(trimmed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return (time.Hour * 60) + time.Minute;
        }

        errors.Add(field, isEnd ? "must be a time HH:mm from 00:00 to 24:00" : "must be a time HH:mm from 00:00 to 23:59");
        return null;
    }

    /// <summary>
    /// Minutes since midnight of <paramref name="text"/> when it is two ASCII digits from 00 to 23, a colon and two from
    /// 00 to 59, which the parser reads alike; null for anything else, even what the parser would take.
    /// </summary>
    internal static int? PlainClockMinutes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length != 5 || text[2] != ':')
        {
            return null;
        }

        int h1 = text[0] - '0', h2 = text[1] - '0', m1 = text[3] - '0', m2 = text[4] - '0';
        if ((uint)h1 > 2 || (uint)h2 > 9 || (uint)m1 > 5 || (uint)m2 > 9)
        {
            return null;
        }

        int hour = (h1 * 10) + h2;
        return hour > 23 ? null : (hour * 60) + (m1 * 10) + m2;
    }
}
