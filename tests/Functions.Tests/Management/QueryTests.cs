using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;

namespace MentorFlow.Functions.Tests.Management;

public sealed class QueryTests(MentorFlowHostFactory host) : IClassFixture<MentorFlowHostFactory>
{
    private readonly ManagementClient _api = host.CreateManagementClient();

    [Fact]
    public async Task Pages_follow_the_continuation_token_until_every_match_was_seen_once()
    {
        string[] ids = ["page-a", "page-b", "page-c", "page-d", "page-e"];
        foreach (var id in ids)
        {
            await _api.StartAcceptedAsync(GreetingOrchestrator.Name, id, id);
        }

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var response = await _api.GetAsync("instances?instanceIdPrefix=page-&top=2", token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.True(page.GetArrayLength() <= 2);
            seen.AddRange(page.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!));
            token = response.Headers.TryGetValues("x-ms-continuation-token", out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(ids.Order(), seen.Order());
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task Statuses_and_creation_times_filter_the_instances()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "filter-done", "x");
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "filter-waiting", "y");
        await _api.WaitForStatusAsync("filter-done", "Completed");
        await _api.WaitForStatusAsync("filter-waiting", "Running");

        var running = await IdsAsync("instances?instanceIdPrefix=filter-&runtimeStatus=Running,Pending");
        var completed = await IdsAsync("instances?instanceIdPrefix=filter-&runtimeStatus=completed");
        var createdInTheFuture = await IdsAsync("instances?instanceIdPrefix=filter-&createdTimeFrom=2999-01-01T00:00:00Z");
        var createdInThePast = await IdsAsync("instances?instanceIdPrefix=filter-&createdTimeTo=2000-01-01T00:00:00Z");

        Assert.Equal(["filter-waiting"], running);
        Assert.Equal(["filter-done"], completed);
        Assert.Empty(createdInTheFuture);
        Assert.Empty(createdInThePast);
    }

    [Fact]
    public async Task Inputs_are_left_out_of_a_query_unless_asked_for()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "input-shown", "visible");
        await _api.WaitForStatusAsync("input-shown", "Completed");

        var hidden = await SingleAsync("instances?instanceIdPrefix=input-shown");
        var shown = await SingleAsync("instances?instanceIdPrefix=input-shown&showInput=true");

        Assert.Equal(JsonValueKind.Null, hidden.GetProperty("input").ValueKind);
        Assert.Equal("visible", shown.GetProperty("input").GetString());
        Assert.Equal("Hello, visible!", hidden.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Every_bad_query_parameter_is_named_in_one_400()
    {
        using var response = await _api.GetAsync("instances?runtimeStatus=Running,Sleeping&createdTimeFrom=last-week&createdTimeTo=2025-13-40&top=0&showInput=perhaps");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            ["createdTimeFrom", "createdTimeTo", "runtimeStatus", "showInput", "top"],
            errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task A_continuation_token_this_api_did_not_issue_is_400()
    {
        using var response = await _api.GetAsync("instances?top=1", continuationToken: "forged");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("x-ms-continuation-token", out _));
    }

    private async Task<List<string>> IdsAsync(string path)
    {
        using var response = await _api.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadFromJsonAsync<JsonElement>();
        return [.. page.EnumerateArray().Select(i => i.GetProperty("instanceId").GetString()!)];
    }

    private async Task<JsonElement> SingleAsync(string path)
    {
        using var response = await _api.GetAsync(path);
        return Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
    }
}
