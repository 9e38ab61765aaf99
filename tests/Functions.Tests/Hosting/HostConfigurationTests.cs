using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Durable.Worker;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Tests.Hosting;

public sealed class HostConfigurationTests
{
    [Fact]
    public async Task Host_json_configures_the_runtime()
    {
        await using var host = new MentorFlowHostFactory();
        _ = host.Server;

        var options = host.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value;

        Assert.Equal("MentorFlow", options.HubName);
        Assert.Equal(16, options.MaxConcurrentOrchestratorFunctions);
        Assert.Equal(16, options.MaxConcurrentActivityFunctions);
    }

    [Fact]
    public async Task App_settings_override_host_json_and_the_hub_name_shows_in_the_urls()
    {
        await using var host = new SettingsHostFactory(new Dictionary<string, string>
        {
            ["extensions:durableTask:hubName"] = "Staging",
            ["extensions:durableTask:maxConcurrentActivityFunctions"] = "3",
        });
        var api = host.CreateManagementClient();

        using var response = await api.StartAsync(GreetingOrchestrator.Name, "hub-named", "Al");
        var statusUrl = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusQueryGetUri").GetString();

        Assert.Contains("taskHub=Staging", statusUrl, StringComparison.Ordinal);
        Assert.Equal(3, host.Services.GetRequiredService<IOptions<DurableTaskOptions>>().Value.MaxConcurrentActivityFunctions);
    }

    [Fact]
    public async Task A_request_for_another_task_hub_is_404_and_touches_nothing()
    {
        await using var host = new MentorFlowHostFactory();
        var api = host.CreateManagementClient();

        using var response = await api.StartAsync(GreetingOrchestrator.Name, "other-hub?taskHub=Elsewhere", "Al");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await host.DurableClient.GetInstanceAsync("other-hub"));
    }

    [Fact]
    public async Task The_api_also_answers_under_the_functions_route_prefix_and_hands_out_urls_with_it()
    {
        await using var host = new MentorFlowHostFactory();
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runtime/webhooks/durabletask/orchestrators/Greeting/prefixed")
        {
            Content = JsonContent.Create("Bea"),
        };
        request.Headers.Add("x-functions-key", host.AdminKey);

        using var response = await http.SendAsync(request);
        using var health = await http.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.StartsWith("http://localhost/api/runtime/webhooks/durabletask/instances/prefixed?", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("MentorFlow__AdminKey", "short", "MentorFlow__AdminKey")]
    [InlineData("MentorFlow__DataDirectory", " ", "MentorFlow__DataDirectory")]
    [InlineData("extensions__durableTask__maxConcurrentOrchestratorFunctions", "0", "MaxConcurrentOrchestratorFunctions")]
    public async Task A_bad_setting_stops_the_start_with_a_message_naming_it(string setting, string value, string named)
    {
        var output = await HostProcess.StartupFailureAsync(new Dictionary<string, string> { [setting] = value });

        Assert.Contains(nameof(OptionsValidationException), output, StringComparison.Ordinal);
        Assert.Contains(named, output, StringComparison.Ordinal);
    }

    private sealed class SettingsHostFactory(IReadOnlyDictionary<string, string> settings) : MentorFlowHostFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings => settings;
    }
}
