using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// Writes one small, accessible HTML page: every value goes through the HTML encoder, fields carry their label and
/// their error (linked with <c>aria-describedby</c>, and listed in a summary at the top), and the page works without
/// JavaScript. Field names are the paths the domain names in its errors (<c>goals[0].targetDate</c>), so each error
/// lands next to its field.
/// </summary>
public sealed class HtmlPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}"
        + "label,legend{display:block;font-weight:600;margin-top:1rem}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.4rem}"
        + "input[type=checkbox],input[type=radio]{width:auto}.choice{font-weight:normal;display:inline-block;margin-right:1rem}"
        + ".error{color:#b00020;margin:.2rem 0}[aria-invalid=true]{border:2px solid #b00020}fieldset{margin-top:1rem}"
        + "button{font:inherit;margin-top:1.5rem;padding:.5rem 1.5rem}.hint{color:#555;margin:.2rem 0}";

    // Markup characters are encoded; letters of every script stay readable (the page is UTF-8).
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _body = new();
    private readonly Dictionary<string, string> _errors;

    // The fields written so far, with the label a person sees (its group's legend first), for the error summary.
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private string? _group;

    public HtmlPage(string title, IReadOnlyList<FieldError>? errors = null)
    {
        Title = title;
        _errors = (errors ?? []).GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(e => e.Message)), StringComparer.Ordinal);
    }

    public string Title { get; }

    public static string Encode(string? text) => s_encoder.Encode(text ?? string.Empty);

    public HtmlPage Paragraph(string text)
    {
        _body.Append("<p>").Append(Encode(text)).Append("</p>");
        return this;
    }

    public HtmlPage BeginForm(string action)
    {
        _body.Append("<form method=\"post\" action=\"").Append(Encode(action)).Append("\" novalidate>");
        return this;
    }

    public HtmlPage EndForm(string submitLabel)
    {
        _body.Append("<button type=\"submit\">").Append(Encode(submitLabel)).Append("</button></form>");
        return this;
    }

    public HtmlPage BeginGroup(string legend)
    {
        _body.Append("<fieldset><legend>").Append(Encode(legend)).Append("</legend>");
        _group = legend;
        return this;
    }

    public HtmlPage EndGroup()
    {
        _body.Append("</fieldset>");
        _group = null;
        return this;
    }

    public HtmlPage Input(string name, string label, string? value, string type = "text", string? hint = null, bool required = false)
    {
        var id = IdFor(name);
        Remember(name, label);
        Label(id, label);
        Hint(id, hint);
        _body.Append("<input type=\"").Append(type).Append("\" id=\"").Append(id).Append("\" name=\"").Append(Encode(name))
            .Append("\" value=\"").Append(Encode(value)).Append('"');
        Describe(name, id, hint);
        if (required)
        {
            _body.Append(" required");
        }

        _body.Append('>');
        Error(name, id);
        return this;
    }

    /// <summary>A value the form posts back unseen, such as the role a link chose.</summary>
    public HtmlPage Hidden(string name, string value)
    {
        _body.Append("<input type=\"hidden\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append("\">");
        return this;
    }

    /// <summary>A link on a line of its own.</summary>
    public HtmlPage Link(string text, string href)
    {
        _body.Append("<p><a href=\"").Append(Encode(href)).Append("\">").Append(Encode(text)).Append("</a></p>");
        return this;
    }

    public HtmlPage TextArea(string name, string label, string? value, string? hint = null, bool required = false)
    {
        var id = IdFor(name);
        Remember(name, label);
        Label(id, label);
        Hint(id, hint);
        _body.Append("<textarea id=\"").Append(id).Append("\" name=\"").Append(Encode(name)).Append("\" rows=\"4\"");
        Describe(name, id, hint);
        if (required)
        {
            _body.Append(" required");
        }

        _body.Append('>').Append(Encode(value)).Append("</textarea>");
        Error(name, id);
        return this;
    }

    public HtmlPage Select(string name, string label, string? selected, IReadOnlyList<(string Value, string Text)> options)
    {
        var id = IdFor(name);
        Remember(name, label);
        Label(id, label);
        _body.Append("<select id=\"").Append(id).Append("\" name=\"").Append(Encode(name)).Append('"');
        Describe(name, id, hint: null);
        _body.Append('>');
        foreach (var (value, text) in options)
        {
            _body.Append("<option value=\"").Append(Encode(value)).Append('"');
            if (string.Equals(value, selected, StringComparison.OrdinalIgnoreCase))
            {
                _body.Append(" selected");
            }

            _body.Append('>').Append(Encode(text)).Append("</option>");
        }

        _body.Append("</select>");
        Error(name, id);
        return this;
    }

    /// <summary>Check boxes sharing one name; an error on any <c>name[i]</c> shows with the group.</summary>
    public HtmlPage Checkboxes(string name, string legend, IReadOnlyCollection<string> checkedValues, IReadOnlyList<(string Value, string Text)> options)
    {
        var id = IdFor(name);
        Remember(name, legend);
        _body.Append("<fieldset id=\"").Append(id).Append('"');
        var message = GroupError(name);
        if (message is not null)
        {
            _body.Append(" aria-describedby=\"").Append(id).Append("-error\"");
        }

        _body.Append("><legend>").Append(Encode(legend)).Append("</legend>");
        foreach (var (value, text) in options)
        {
            var optionId = id + "-" + IdFor(value);
            _body.Append("<label class=\"choice\" for=\"").Append(optionId).Append("\"><input type=\"checkbox\" id=\"").Append(optionId)
                .Append("\" name=\"").Append(Encode(name)).Append("\" value=\"").Append(Encode(value)).Append('"');
            if (checkedValues.Contains(value, StringComparer.OrdinalIgnoreCase))
            {
                _body.Append(" checked");
            }

            _body.Append("> ").Append(Encode(text)).Append("</label>");
        }

        if (message is not null)
        {
            _body.Append("<p class=\"error\" id=\"").Append(id).Append("-error\">").Append(Encode(message)).Append("</p>");
        }

        _body.Append("</fieldset>");
        return this;
    }

    /// <summary>The whole document.</summary>
    public string Render() =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + Encode(Title) + " · MentorFlow</title><style>" + Style + "</style></head><body><main><h1>" + Encode(Title) + "</h1>"
        + Summary() + _body + "</main></body></html>";

    /// <summary>An element id from a field name: <c>goals[0].targetDate</c> becomes <c>goals-0-targetDate</c>.</summary>
    public static string IdFor(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                id.Append(c);
            }
            else if (id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        return id.ToString().TrimEnd('-');
    }

    private void Label(string id, string label)
        => _body.Append("<label for=\"").Append(id).Append("\">").Append(Encode(label)).Append("</label>");

    private void Remember(string name, string label) => _labels[name] = _group is null ? label : $"{_group}, {label}";

    // Every error, each linking to its field, so a screen reader hears every problem at once; an error on an item of a
    // list (menteeResponsibilities[1]) links to the list's field, and one on no field is listed as it is.
    private string Summary()
    {
        if (_errors.Count == 0)
        {
            return string.Empty;
        }

        var summary = new StringBuilder("<div role=\"alert\"><h2>Please correct the following</h2><ul>");
        foreach (var (field, message) in _errors)
        {
            var bracket = field.LastIndexOf('[');
            var name = _labels.ContainsKey(field) || bracket < 0 || !field.EndsWith(']') ? field : field[..bracket];
            if (_labels.TryGetValue(name, out var label))
            {
                summary.Append("<li><a href=\"#").Append(IdFor(name)).Append("\">").Append(Encode(label)).Append(": ").Append(Encode(message)).Append("</a></li>");
            }
            else
            {
                summary.Append("<li>").Append(Encode(message)).Append("</li>");
            }
        }

        return summary.Append("</ul></div>").ToString();
    }

    private void Hint(string id, string? hint)
    {
        if (hint is not null)
        {
            _body.Append("<p class=\"hint\" id=\"").Append(id).Append("-hint\">").Append(Encode(hint)).Append("</p>");
        }
    }

    private void Describe(string name, string id, string? hint)
    {
        var hasError = GroupError(name) is not null;
        var describedBy = string.Join(' ', new[] { hint is null ? null : id + "-hint", hasError ? id + "-error" : null }.OfType<string>());
        if (describedBy.Length > 0)
        {
            _body.Append(" aria-describedby=\"").Append(describedBy).Append('"');
        }

        if (hasError)
        {
            _body.Append(" aria-invalid=\"true\"");
        }
    }

    private void Error(string name, string id)
    {
        if (GroupError(name) is { } message)
        {
            _body.Append("<p class=\"error\" id=\"").Append(id).Append("-error\">").Append(Encode(message)).Append("</p>");
        }
    }

    // A field's own error, plus those of its items (a text area of one responsibility per line shows menteeResponsibilities[2]).
    private string? GroupError(string name)
    {
        var messages = _errors
            .Where(e => e.Key == name || (e.Key.StartsWith(name + "[", StringComparison.Ordinal) && e.Key.IndexOf(']', name.Length) == e.Key.Length - 1))
            .Select(e => e.Key == name ? e.Value : $"{ItemLabel(e.Key[name.Length..])}: {e.Value}")
            .ToList();
        return messages.Count == 0 ? null : string.Join(" ", messages);
    }

    private static string ItemLabel(string index) => "Item " + (int.Parse(index.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture) + 1);
}
