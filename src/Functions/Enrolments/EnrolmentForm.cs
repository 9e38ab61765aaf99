using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Functions.Http;
using Microsoft.Extensions.Primitives;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// Reads an HTML form post (<c>application/x-www-form-urlencoded</c>) into the same <see cref="EnrolmentDraft"/> a
/// JSON body gives, field names being the JSON paths:
/// <list type="bullet">
/// <item>plain fields by name: <c>role</c>, <c>name</c>, <c>email</c>, <c>timeZone</c>, <c>capacity</c>, ...;</item>
/// <item>fields of a nested object with a dot: <c>seniority.level</c>, <c>wishes.background</c>;</item>
/// <item>lists of words by repeating the name: <c>languages=en&amp;languages=de</c> (as checkboxes post them), or
/// separated by commas in one value (as a text box posts them): <c>languages=en, de</c>;</item>
/// <item>lists of objects by index: <c>goals[0].text</c>, <c>goals[0].tags</c> (repeated), <c>availability[1].day</c>,
/// <c>skillsOffered[0].level</c>; indexes run from 0 to 49, and rows left wholly blank after the last filled one are
/// not entries.</item>
/// </list>
/// Names are matched case-insensitively, like JSON property names. An empty value is a field left blank (absent),
/// <c>true</c>/<c>on</c>/<c>yes</c>/<c>1</c> and their opposites are yes/no answers (an unticked checkbox posts
/// nothing), numbers are whole. Every name the form does not know and every value that does not read is a field
/// error at its path, gathered all at once.
/// </summary>
public static partial class EnrolmentForm
{
    public const int MaxListIndex = 49;

    private static readonly Dictionary<string, FieldKind> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["role"] = FieldKind.Text,
        ["name"] = FieldKind.Text,
        ["email"] = FieldKind.Text,
        ["timeZone"] = FieldKind.Text,
        ["languages"] = FieldKind.Words,
        ["organisation"] = FieldKind.Text,
        ["department"] = FieldKind.Text,
        ["managerEmail"] = FieldKind.Text,
        ["seniority.level"] = FieldKind.Number,
        ["seniority.yearsOfExperience"] = FieldKind.Number,
        ["industry"] = FieldKind.Text,
        ["channels"] = FieldKind.Words,
        ["background"] = FieldKind.Words,
        ["skillsWanted"] = FieldKind.Words,
        ["wishes.industryExperience"] = FieldKind.YesNo,
        ["wishes.communicationStyle"] = FieldKind.Text,
        ["wishes.background"] = FieldKind.Text,
        ["expertise"] = FieldKind.Words,
        ["capacity"] = FieldKind.Number,
        ["communicationStyle"] = FieldKind.Text,
        ["motivation"] = FieldKind.Text,
    };

    private static readonly Dictionary<string, Dictionary<string, FieldKind>> ListsOfObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["goals"] = new(StringComparer.OrdinalIgnoreCase) { ["text"] = FieldKind.Text, ["tags"] = FieldKind.Words },
        ["availability"] = new(StringComparer.OrdinalIgnoreCase) { ["day"] = FieldKind.Text, ["start"] = FieldKind.Text, ["end"] = FieldKind.Text },
        ["skillsOffered"] = new(StringComparer.OrdinalIgnoreCase) { ["skill"] = FieldKind.Text, ["level"] = FieldKind.Text },
    };

    private static readonly string[] Yes = ["true", "on", "yes", "1"];
    private static readonly string[] No = ["false", "off", "no", "0"];

    private enum FieldKind
    {
        Text,
        Number,
        YesNo,
        Words,
    }

    /// <summary>The draft the form describes, and the errors of the fields that could not be read.</summary>
    public static (EnrolmentDraft Draft, IReadOnlyList<FieldError> Errors) Read(IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var root = new JsonObject();
        var items = new Dictionary<string, SortedDictionary<int, JsonObject>>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        foreach (var (name, values) in form)
        {
            if (Fields.TryGetValue(name, out var kind))
            {
                var path = Canonical(name);
                Put(root, path.Split('.'), kind, path, values, errors);
            }
            else if (ItemField().Match(name) is { Success: true } match && ListsOfObjects.TryGetValue(match.Groups["list"].Value, out var itemFields)
                && itemFields.TryGetValue(match.Groups["field"].Value, out var itemKind))
            {
                var list = ListsOfObjects.Keys.First(k => k.Equals(match.Groups["list"].Value, StringComparison.OrdinalIgnoreCase));
                var field = itemFields.Keys.First(k => k.Equals(match.Groups["field"].Value, StringComparison.OrdinalIgnoreCase));
                if (!int.TryParse(match.Groups["index"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index > MaxListIndex)
                {
                    errors.Add(new FieldError(name, $"the index must be from 0 to {MaxListIndex}"));
                    continue;
                }

                var entries = items.TryGetValue(list, out var existing) ? existing : items[list] = [];
                var item = entries.TryGetValue(index, out var found) ? found : entries[index] = [];
                Put(item, [field], itemKind, $"{list}[{index}].{field}", values, errors);
            }
            else
            {
                errors.Add(new FieldError(name, "is not a field of the enrolment form"));
            }
        }

        foreach (var (list, entries) in items)
        {
            // Rows left blank at the end are rows the page offered and the person did not need; a gap before a filled
            // row is an entry left out, which the domain reports at its index.
            var filled = entries.Where(e => e.Value.Count > 0).Select(e => e.Key).DefaultIfEmpty(-1).Max();
            if (filled < 0)
            {
                continue;
            }

            var array = new JsonArray();
            for (var i = 0; i <= filled; i++)
            {
                array.Add(entries.TryGetValue(i, out var item) ? item : null);
            }

            root[list] = array;
        }

        return (root.Deserialize<EnrolmentDraft>(DraftJson.Options)!, errors);
    }

    private static string Canonical(string name) => Fields.Keys.First(k => k.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static void Put(JsonObject target, string[] path, FieldKind kind, string field, StringValues values, List<FieldError> errors)
    {
        var parent = target;
        foreach (var part in path[..^1])
        {
            parent = parent[part] as JsonObject ?? (JsonObject)(parent[part] = new JsonObject());
        }

        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray();
        if (kind == FieldKind.Words)
        {
            given = [.. given.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];
            if (given.Length > 0)
            {
                parent[path[^1]] = new JsonArray([.. given.Select(v => JsonValue.Create(v))]);
            }

            return;
        }

        if (given.Length == 0)
        {
            return;
        }

        if (given.Length > 1)
        {
            errors.Add(new FieldError(field, "must be given once"));
            return;
        }

        var value = given[0];
        switch (kind)
        {
            case FieldKind.Number when int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                parent[path[^1]] = number;
                break;
            case FieldKind.Number:
                errors.Add(new FieldError(field, "must be a whole number"));
                break;
            case FieldKind.YesNo when Yes.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase):
                parent[path[^1]] = true;
                break;
            case FieldKind.YesNo when No.Contains(value.Trim(), StringComparer.OrdinalIgnoreCase):
                parent[path[^1]] = false;
                break;
            case FieldKind.YesNo:
                errors.Add(new FieldError(field, "must be true or false"));
                break;
            default:
                parent[path[^1]] = value;
                break;
        }
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>[0-9]{1,9})\]\.(?<field>[A-Za-z]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItemField();
}
