using System.Globalization;
using MentorFlow.Domain.Common;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Management;

/// <summary>
/// Reads the management API's query parameters, collecting one field error per parameter that does not parse, so a
/// caller learns about every bad parameter at once. An absent parameter reads as null.
/// </summary>
public sealed class QueryParameterReader(IQueryCollection query)
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public string? Text(string name) => Raw(name);

    public bool? Boolean(string name)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (bool.TryParse(raw, out var value))
        {
            return value;
        }

        _errors.Add(new FieldError(name, $"'{raw}' is not true or false."));
        return null;
    }

    /// <summary>An ISO 8601 time; one without an offset is taken as UTC. Returned as UTC.</summary>
    public DateTime? Time(string name)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        _errors.Add(new FieldError(name, $"'{raw}' is not an ISO 8601 date and time, for example 2025-01-31T09:00:00Z."));
        return null;
    }

    public int? WholeNumber(string name, int min, int max)
    {
        var raw = Raw(name);
        if (raw is null)
        {
            return null;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        _errors.Add(new FieldError(name, $"'{raw}' is not a whole number from {min} to {max}."));
        return null;
    }

    /// <summary>Comma-separated runtime status names (case-insensitive), also accepted as repeated parameters.</summary>
    public IReadOnlyCollection<OrchestrationRuntimeStatus>? Statuses(string name)
    {
        if (!query.TryGetValue(name, out var values))
        {
            return null;
        }

        var statuses = new HashSet<OrchestrationRuntimeStatus>();
        foreach (var part in values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            // Enum.TryParse would also take numbers ("2") and flag combinations; only the names are part of the API.
            var match = Enum.GetNames<OrchestrationRuntimeStatus>().FirstOrDefault(n => n.Equals(part, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                _errors.Add(new FieldError(name, $"'{part}' is not a runtime status; use {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}."));
                continue;
            }

            statuses.Add(Enum.Parse<OrchestrationRuntimeStatus>(match));
        }

        return statuses.Count > 0 ? statuses : null;
    }

    private string? Raw(string name)
    {
        var value = query[name].FirstOrDefault();
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
