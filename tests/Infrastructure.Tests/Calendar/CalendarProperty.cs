namespace MentorFlow.Infrastructure.Tests.Calendar;

/// <summary>A parsed content line: name, parameters (quotes removed) and raw value.</summary>
public sealed record CalendarProperty(string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public static CalendarProperty Parse(string line)
    {
        // The value starts at the first colon outside a quoted parameter value.
        var quoted = false;
        var colon = -1;
        for (var i = 0; i < line.Length && colon < 0; i++)
        {
            if (line[i] == '"')
            {
                quoted = !quoted;
            }
            else if (line[i] == ':' && !quoted)
            {
                colon = i;
            }
        }

        var head = line[..colon].Split(';');
        var parameters = head.Skip(1)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1].Trim('"'));
        return new CalendarProperty(head[0], parameters, line[(colon + 1)..]);
    }
}
