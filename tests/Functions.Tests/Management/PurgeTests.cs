using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;

namespace MentorFlow.Functions.Tests.Management;

/// <summary>Purges, each test in a host of its own, since a purge by filter reaches every instance of the hub.</summary>
public sealed class PurgeTests : IDisposable
{
    private readonly MentorFlowHostFactory _host = new();
    private readonly ManagementClient _api;

    public PurgeTests() => _api = _host.CreateManagementClient();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Purging_a_finished_instance_removes_it()
    {
        await CompletedAsync("purge-one");

        using var response = await _api.DeleteAsync("instances/purge-one");
        using var afterwards = await _api.StatusAsync("purge-one");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, afterwards.StatusCode);
    }

    [Fact]
    public async Task Purging_an_unknown_instance_is_404()
    {
        using var response = await _api.DeleteAsync("instances/never-was");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Purging_an_instance_that_has_not_finished_is_412_and_keeps_it()
    {
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "purge-running", "p");
        await _api.WaitForStatusAsync("purge-running", "Running");

        using var response = await _api.DeleteAsync("instances/purge-running");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.NotNull(await _host.DurableClient.GetInstanceAsync("purge-running"));
    }

    [Fact]
    public async Task Purging_by_filter_removes_the_matching_finished_instances_and_counts_them()
    {
        await CompletedAsync("old-1");
        await CompletedAsync("old-2");
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "still-waiting", "w");
        await _api.WaitForStatusAsync("still-waiting", "Running");

        using var response = await _api.DeleteAsync("instances?createdTimeFrom=2000-01-01T00:00:00Z&runtimeStatus=Completed");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instancesDeleted").GetInt32());
        Assert.Null(await _host.DurableClient.GetInstanceAsync("old-1"));
        Assert.Null(await _host.DurableClient.GetInstanceAsync("old-2"));
        Assert.NotNull(await _host.DurableClient.GetInstanceAsync("still-waiting"));
    }

    [Fact]
    public async Task Purging_by_filter_needs_createdTimeFrom()
    {
        await CompletedAsync("kept");

        using var response = await _api.DeleteAsync("instances?runtimeStatus=Completed");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("createdTimeFrom", out _));
        Assert.NotNull(await _host.DurableClient.GetInstanceAsync("kept"));
    }

    [Fact]
    public async Task Purging_by_a_filter_that_matches_nothing_is_404()
    {
        await CompletedAsync("too-recent");

        using var response = await _api.DeleteAsync("instances?createdTimeFrom=2000-01-01T00:00:00Z&createdTimeTo=2001-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await _host.DurableClient.GetInstanceAsync("too-recent"));
    }

    [Fact]
    public async Task A_purge_filter_with_an_unparseable_time_is_400_naming_it()
    {
        using var response = await _api.DeleteAsync("instances?createdTimeFrom=2000-01-01T00:00:00Z&createdTimeTo=soon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("createdTimeTo", out _));
    }

    private async Task CompletedAsync(string instanceId)
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, instanceId, instanceId);
        await _api.WaitForStatusAsync(instanceId, "Completed");
    }
}
