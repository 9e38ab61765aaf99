using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>Refuses Graph settings at start-up, naming each wrong setting by its app-setting name.</summary>
public sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Require(failures, options.TenantId, "Graph__TenantId", "the Entra ID tenant of the app registration");
        Require(failures, options.ClientId, "Graph__ClientId", "the app registration's application (client) id");
        Require(failures, options.ClientSecret, "Graph__ClientSecret", "a client secret of the app registration");
        Require(failures, options.Organizer, "Graph__Organizer", "the mailbox whose calendar holds the meetings");

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Graph__BaseUrl must be an absolute http(s) URL such as https://graph.microsoft.com/v1.0.");
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("Graph__MaxRetries must be between 0 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Require(List<string> failures, string? value, string setting, string meaning)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            failures.Add($"{setting} is required: {meaning}.");
        }
    }
}
