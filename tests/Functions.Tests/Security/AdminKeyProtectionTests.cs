using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Security;

public sealed class AdminKeyProtectionTests(MentorFlowHostFactory host) : IClassFixture<MentorFlowHostFactory>
{
    private const string StartPath = "/runtime/webhooks/durabletask/orchestrators/Greeting";

    [Fact]
    public async Task A_start_without_a_key_is_401_problem_details_and_nothing_starts()
    {
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync($"{StartPath}/no-key", "Eve");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(401, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
        Assert.Null(await host.DurableClient.GetInstanceAsync("no-key"));
    }

    [Theory]
    [InlineData("x-functions-key", "wrong-key-0123456789")]
    [InlineData("x-functions-key", "")]
    [InlineData("x-api-key", MentorFlowHostFactory.TestAdminKey)]
    public async Task A_start_with_a_wrong_key_is_401_and_nothing_starts(string header, string key)
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{StartPath}/wrong-key") { Content = JsonContent.Create("Eve") };
        request.Headers.TryAddWithoutValidation(header, key);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await host.DurableClient.GetInstanceAsync("wrong-key"));
    }

    [Fact]
    public async Task A_wrong_code_parameter_is_401_and_nothing_is_terminated()
    {
        var api = host.CreateManagementClient();
        await api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "guarded", "g");
        await api.WaitForStatusAsync("guarded", "Running");
        using var http = host.CreateClient();

        using var response = await http.PostAsync("/runtime/webhooks/durabletask/instances/guarded/terminate?code=guess", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Durable.OrchestrationRuntimeStatus.Running, (await host.DurableClient.GetInstanceAsync("guarded"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Even_a_bad_request_without_a_key_is_401_and_not_400()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/runtime/webhooks/durabletask/instances?top=not-a-number");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task The_key_opens_the_api_as_the_x_functions_key_header()
    {
        using var http = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{StartPath}/header-key") { Content = JsonContent.Create("Hal") };
        request.Headers.Add("x-functions-key", MentorFlowHostFactory.TestAdminKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(await host.DurableClient.GetInstanceAsync("header-key"));
    }

    [Fact]
    public async Task The_key_opens_the_api_as_the_code_query_parameter()
    {
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync($"{StartPath}/code-key?code={MentorFlowHostFactory.TestAdminKey}", "Ivy");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(await host.DurableClient.GetInstanceAsync("code-key"));
    }

    [Fact]
    public async Task The_urls_a_start_hands_out_work_as_they_are()
    {
        var api = host.CreateManagementClient();
        using var started = await api.StartAsync(GreetingOrchestrator.Name, "follow-links", "Jo");
        var statusUrl = new Uri((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusQueryGetUri").GetString()!);
        using var http = host.CreateClient();

        using var response = await http.GetAsync(statusUrl.PathAndQuery);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted, $"status URL answered {response.StatusCode}");
    }

    [Fact]
    public async Task Health_needs_no_key()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_key_is_checked_only_where_a_route_asks_for_it()
    {
        // A lone scheme would otherwise be everyone's default, and its handler would run for every public request.
        var schemes = host.Services.GetRequiredService<IAuthenticationSchemeProvider>();

        Assert.Null(await schemes.GetDefaultAuthenticateSchemeAsync());
        Assert.NotNull(await schemes.GetSchemeAsync(AdminKeyAuthenticationHandler.SchemeName));
    }
}
