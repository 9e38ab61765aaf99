using System.Net;
using System.Text.RegularExpressions;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>Opens and posts participants' link pages the way a browser without JavaScript would.</summary>
public sealed partial class PageClient(HttpClient http)
{
    public async Task<Page> GetAsync(string link)
    {
        using var response = await http.GetAsync(link);
        return await Page.ReadAsync(response);
    }

    public async Task<Page> PostAsync(string link, params (string Name, string Value)[] fields)
    {
        using var content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        using var response = await http.PostAsync(link, content);
        return await Page.ReadAsync(response);
    }

    public sealed partial record Page(HttpStatusCode Status, string? ContentType, string Html, IReadOnlyDictionary<string, string> Headers)
    {
        /// <summary>The form's action, decoded from its HTML attribute.</summary>
        public string? FormAction => FormActionPattern().Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

        /// <summary>The error shown next to a field (its element id), or null.</summary>
        public string? ErrorFor(string elementId)
            => Regex.Match(Html, $"<p class=\"error\" id=\"{Regex.Escape(elementId)}-error\">(.*?)</p>") is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : null;

        public static async Task<Page> ReadAsync(HttpResponseMessage response)
        {
            var headers = response.Headers.Concat(response.Content.Headers).ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
            return new Page(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(), headers);
        }

        [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
        private static partial Regex FormActionPattern();
    }
}
