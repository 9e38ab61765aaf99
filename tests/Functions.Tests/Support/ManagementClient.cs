using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>Calls the management API the way a script would, with the admin key in the x-functions-key header.</summary>
public sealed class ManagementClient(HttpClient http, string adminKey)
{
    public const string BasePath = "/runtime/webhooks/durabletask";
    private static readonly TimeSpan s_settleTimeout = TimeSpan.FromSeconds(30);

    public HttpClient Http => http;

    public string AdminKey => adminKey;

    public Task<HttpResponseMessage> StartAsync(string orchestrator, string? instanceId = null, object? input = null)
        => SendAsync(HttpMethod.Post, $"orchestrators/{orchestrator}{(instanceId is null ? "" : "/" + instanceId)}", input);

    public Task<HttpResponseMessage> StartRawAsync(string orchestrator, string instanceId, string body)
        => SendAsync(HttpMethod.Post, $"orchestrators/{orchestrator}/{instanceId}", new StringContent(body, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> StatusAsync(string instanceId, string query = "")
        => SendAsync(HttpMethod.Get, $"instances/{instanceId}{query}");

    public Task<HttpResponseMessage> PostAsync(string relativePath, object? body = null)
        => SendAsync(HttpMethod.Post, relativePath, body);

    public Task<HttpResponseMessage> GetAsync(string relativePath, string? continuationToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{BasePath}/{relativePath}");
        request.Headers.Add("x-functions-key", adminKey);
        if (continuationToken is not null)
        {
            request.Headers.Add("x-ms-continuation-token", continuationToken);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> DeleteAsync(string relativePath) => SendAsync(HttpMethod.Delete, relativePath);

    /// <summary>Starts an instance and checks the start was accepted.</summary>
    public async Task<string> StartAcceptedAsync(string orchestrator, string instanceId, object? input = null)
    {
        using var response = await StartAsync(orchestrator, instanceId, input);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return instanceId;
    }

    /// <summary>Polls the status URL until the instance shows the wanted status, and returns its last status.</summary>
    public async Task<JsonElement> WaitForStatusAsync(string instanceId, string runtimeStatus, string query = "")
    {
        using var timeout = new CancellationTokenSource(s_settleTimeout);
        JsonElement last = default;
        while (!timeout.IsCancellationRequested)
        {
            using var response = await StatusAsync(instanceId, query);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted)
            {
                last = await response.Content.ReadFromJsonAsync<JsonElement>();
                if (last.GetProperty("runtimeStatus").GetString() == runtimeStatus)
                {
                    return last;
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }

        throw new TimeoutException($"Instance '{instanceId}' did not reach {runtimeStatus}; last status: {last}");
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string relativePath, object? body = null)
    {
        var request = new HttpRequestMessage(method, $"{BasePath}/{relativePath}");
        request.Headers.Add("x-functions-key", adminKey);
        request.Content = body switch
        {
            null => null,
            HttpContent content => content,
            _ => JsonContent.Create(body),
        };
        return http.SendAsync(request);
    }
}
