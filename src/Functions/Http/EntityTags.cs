using Microsoft.Net.Http.Headers;

namespace MentorFlow.Functions.Http;

/// <summary>A stored version as an HTTP entity tag (strong, quoted), and the preconditions that name one.</summary>
public static class EntityTags
{
    public static string For(string version) => $"\"{version}\"";

    /// <summary>Whether an If-None-Match header names this version (or <c>*</c>).</summary>
    public static bool Matches(string? ifNoneMatch, string version)
        => EntityTagHeaderValue.TryParseList(ifNoneMatch is null ? [] : [ifNoneMatch], out var tags)
            && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Value == For(version));

    /// <summary>The versions an If-Match header names: null when absent, <c>*</c> as itself, otherwise the unquoted tags.</summary>
    public static IReadOnlyList<string>? Parse(string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            return null;
        }

        return EntityTagHeaderValue.TryParseList([ifMatch], out var tags)
            ? [.. tags.Select(t => t.Equals(EntityTagHeaderValue.Any) ? "*" : t.Tag.Value!.Trim('"'))]
            : [ifMatch.Trim()];
    }
}
