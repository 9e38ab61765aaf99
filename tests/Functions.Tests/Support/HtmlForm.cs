using System.Net;
using System.Text.RegularExpressions;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The one form of a page, read from its HTML as a browser without JavaScript would send it: inputs with their values,
/// the checked check boxes, each select's selected (or first) option, and text areas. A test fills fields the page
/// has (filling one it lacks fails) and submits to the form's action.
/// </summary>
public sealed partial class HtmlForm
{
    private readonly List<(string Name, string Value)> _fields;
    private readonly Dictionary<string, List<string>> _choices;
    private readonly HashSet<string> _checkboxes;

    private HtmlForm(string action, List<(string, string)> fields, Dictionary<string, List<string>> choices, HashSet<string> checkboxes)
    {
        Action = action;
        _fields = fields;
        _choices = choices;
        _checkboxes = checkboxes;
    }

    /// <summary>Where the form posts, decoded from its attribute.</summary>
    public string Action { get; }

    /// <summary>Every field name the form has, in document order.</summary>
    public IReadOnlyList<string> Names => [.. _fields.Select(f => f.Name).Concat(_checkboxes).Distinct()];

    /// <summary>The values a select or a group of check boxes offers.</summary>
    public IReadOnlyList<string> Options(string name) => _choices.TryGetValue(name, out var values) ? values : [];

    public static HtmlForm Parse(string html)
    {
        var form = FormPattern().Match(html);
        Assert.True(form.Success, "The page has no form.");
        var body = form.Groups["body"].Value;
        var fields = new List<(string, string)>();
        var choices = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var checkboxes = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match element in ElementPattern().Matches(body))
        {
            var attributes = Attributes(element.Groups["attributes"].Value);
            if (!attributes.TryGetValue("name", out var name))
            {
                continue;
            }

            switch (element.Groups["tag"].Value)
            {
                case "input" when attributes.GetValueOrDefault("type") is "checkbox" or "radio":
                    checkboxes.Add(name);
                    Add(choices, name, attributes.GetValueOrDefault("value") ?? "on");
                    if (attributes.ContainsKey("checked"))
                    {
                        fields.Add((name, attributes.GetValueOrDefault("value") ?? "on"));
                    }

                    break;
                case "input":
                    fields.Add((name, attributes.GetValueOrDefault("value") ?? string.Empty));
                    break;
                case "textarea":
                    fields.Add((name, WebUtility.HtmlDecode(element.Groups["content"].Value)));
                    break;
                case "select":
                    var options = OptionPattern().Matches(element.Groups["content"].Value).ToList();
                    foreach (var option in options)
                    {
                        Add(choices, name, WebUtility.HtmlDecode(option.Groups["value"].Value));
                    }

                    var selected = options.FirstOrDefault(o => o.Groups["selected"].Success) ?? options.FirstOrDefault();
                    fields.Add((name, selected is null ? string.Empty : WebUtility.HtmlDecode(selected.Groups["value"].Value)));
                    break;
                default:
                    break;
            }
        }

        return new HtmlForm(WebUtility.HtmlDecode(form.Groups["action"].Value), fields, choices, checkboxes);
    }

    /// <summary>Sets a text, number, date, select or text-area field the form has.</summary>
    public HtmlForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Name == name);
        Assert.True(index >= 0 && !_checkboxes.Contains(name), $"The form has no field {name}; it has {string.Join(", ", Names)}.");
        if (_choices.TryGetValue(name, out var options))
        {
            Assert.Contains(value, options);
        }

        _fields[index] = (name, value);
        return this;
    }

    /// <summary>Ticks one of the form's check boxes.</summary>
    public HtmlForm Check(string name, string value)
    {
        Assert.Contains(value, Options(name));
        _fields.Add((name, value));
        return this;
    }

    public async Task<PageClient.Page> SubmitAsync(HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var content = new FormUrlEncodedContent(_fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await http.PostAsync(Action, content);
        return await PageClient.Page.ReadAsync(response);
    }

    private static void Add(Dictionary<string, List<string>> choices, string name, string value)
    {
        if (!choices.TryGetValue(name, out var values))
        {
            choices[name] = values = [];
        }

        values.Add(value);
    }

    private static Dictionary<string, string> Attributes(string text) =>
        AttributePattern().Matches(text).ToDictionary(
            m => m.Groups["name"].Value,
            m => m.Groups["value"].Success ? WebUtility.HtmlDecode(m.Groups["value"].Value) : string.Empty,
            StringComparer.Ordinal);

    [GeneratedRegex("<form\\b[^>]*\\baction=\"(?<action>[^\"]*)\"[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<(?<tag>input)\\b(?<attributes>[^>]*)>|<(?<tag>textarea|select)\\b(?<attributes>[^>]*)>(?<content>.*?)</\\k<tag>>", RegexOptions.Singleline)]
    private static partial Regex ElementPattern();

    [GeneratedRegex("<option\\b[^>]*\\bvalue=\"(?<value>[^\"]*)\"(?<selected> selected)?[^>]*>", RegexOptions.Singleline)]
    private static partial Regex OptionPattern();

    [GeneratedRegex("(?<name>[a-zA-Z][\\w-]*)(?:=\"(?<value>[^\"]*)\")?")]
    private static partial Regex AttributePattern();
}
