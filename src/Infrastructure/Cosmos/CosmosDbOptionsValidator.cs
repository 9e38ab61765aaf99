using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Checks <see cref="CosmosDbOptions"/> at start-up; each message names the app setting to fix
/// (<c>CosmosDb__Endpoint</c>), because that is what an operator edits.
/// </summary>
public sealed class CosmosDbOptionsValidator : IValidateOptions<CosmosDbOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, CosmosDbOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add($"{Setting(nameof(options.Endpoint))} is required: the Cosmos DB account endpoint, such as https://myaccount.documents.azure.com:443/.");
        }
        else if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{Setting(nameof(options.Endpoint))} must be an absolute https URI; '{options.Endpoint}' is not.");
        }

        if (!string.IsNullOrEmpty(options.Key) && !IsBase64(options.Key))
        {
            failures.Add($"{Setting(nameof(options.Key))} must be the account key (base64), or empty to use the managed identity.");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            failures.Add($"{Setting(nameof(options.Database))} is required: the name of the database MentorFlow uses.");
        }
        else if (options.Database.IndexOfAny(['/', '\\', '?', '#']) >= 0 || options.Database.Length > 255)
        {
            failures.Add($"{Setting(nameof(options.Database))} must be at most 255 characters without '/', '\\', '?' or '#'.");
        }

        if (options.MaxRetryAttemptsOnRateLimitedRequests < 0)
        {
            failures.Add($"{Setting(nameof(options.MaxRetryAttemptsOnRateLimitedRequests))} must not be negative.");
        }

        if (options.MaxRetryAttemptsOnServiceUnavailable < 0)
        {
            failures.Add($"{Setting(nameof(options.MaxRetryAttemptsOnServiceUnavailable))} must not be negative.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Setting(string property) => $"{CosmosDbOptions.SectionName}__{property}";

    private static bool IsBase64(string key)
    {
        var buffer = new byte[key.Length];
        return Convert.TryFromBase64String(key, buffer, out _);
    }
}
