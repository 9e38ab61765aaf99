using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;

namespace MentorFlow.Functions.Tests.Management;

public sealed class StartAndStatusTests(MentorFlowHostFactory host) : IClassFixture<MentorFlowHostFactory>
{
    private readonly ManagementClient _api = host.CreateManagementClient();

    [Fact]
    public async Task Starting_answers_202_with_the_status_url_as_location_and_every_management_url()
    {
        using var response = await _api.StartAsync(GreetingOrchestrator.Name, "start-urls", "Ada");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var instanceUrl = $"http://localhost/runtime/webhooks/durabletask/instances/start-urls";
        var suffix = $"taskHub=MentorFlow&code={host.AdminKey}";
        Assert.Equal("start-urls", body.GetProperty("id").GetString());
        Assert.Equal($"{instanceUrl}?{suffix}", body.GetProperty("statusQueryGetUri").GetString());
        Assert.Equal($"{instanceUrl}/raiseEvent/{{eventName}}?{suffix}", body.GetProperty("sendEventPostUri").GetString());
        Assert.Equal($"{instanceUrl}/terminate?reason={{text}}&{suffix}", body.GetProperty("terminatePostUri").GetString());
        Assert.Equal($"{instanceUrl}/restart?{suffix}", body.GetProperty("restartPostUri").GetString());
        Assert.Equal($"{instanceUrl}/rewind?reason={{text}}&{suffix}", body.GetProperty("rewindPostUri").GetString());
        Assert.Equal($"{instanceUrl}/suspend?reason={{text}}&{suffix}", body.GetProperty("suspendPostUri").GetString());
        Assert.Equal($"{instanceUrl}/resume?reason={{text}}&{suffix}", body.GetProperty("resumePostUri").GetString());
        Assert.Equal($"{instanceUrl}?{suffix}", body.GetProperty("purgeHistoryDeleteUri").GetString());
        Assert.Equal(new Uri($"{instanceUrl}?{suffix}"), response.Headers.Location);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Starting_without_an_instance_id_generates_one()
    {
        using var response = await _api.StartAsync(GreetingOrchestrator.Name, instanceId: null, "Grace");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.False(string.IsNullOrEmpty(id));
        Assert.NotNull(await host.DurableClient.GetInstanceAsync(id!));
    }

    [Fact]
    public async Task A_started_instance_completes_and_its_status_then_answers_200_with_the_output()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "greet-ada", "Ada");

        var status = await _api.WaitForStatusAsync("greet-ada", "Completed");
        using var response = await _api.StatusAsync("greet-ada");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Equal("Greeting", status.GetProperty("name").GetString());
        Assert.Equal("greet-ada", status.GetProperty("instanceId").GetString());
        Assert.Equal("Ada", status.GetProperty("input").GetString());
        Assert.Equal("Hello, Ada!", status.GetProperty("output").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", status.GetProperty("createdTime").GetString());
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", status.GetProperty("lastUpdatedTime").GetString());
        Assert.False(status.TryGetProperty("historyEvents", out _));
    }

    [Fact]
    public async Task A_running_instance_answers_202_with_location_retry_after_and_its_custom_status()
    {
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "status-running", "proposal");
        await _api.WaitForStatusAsync("status-running", "Running");

        using var response = await _api.StatusAsync("status-running");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("/runtime/webhooks/durabletask/instances/status-running", response.Headers.Location!.AbsolutePath);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
        var status = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Running", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Approval", status.GetProperty("customStatus").GetProperty("waitingFor").GetString());
    }

    [Fact]
    public async Task ShowInput_false_leaves_the_input_out()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "no-input", "Secret");

        var status = await _api.WaitForStatusAsync("no-input", "Completed", "?showInput=false");

        Assert.Equal(JsonValueKind.Null, status.GetProperty("input").ValueKind);
        Assert.Equal("Hello, Secret!", status.GetProperty("output").GetString());
    }

    [Fact]
    public async Task ShowHistory_lists_the_events_and_their_outputs_only_when_asked()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "with-history", "Lin");
        await _api.WaitForStatusAsync("with-history", "Completed");

        var withoutOutputs = await ReadAsync(await _api.StatusAsync("with-history", "?showHistory=true"));
        var withOutputs = await ReadAsync(await _api.StatusAsync("with-history", "?showHistory=true&showHistoryOutput=true"));

        var eventTypes = withoutOutputs.GetProperty("historyEvents").EnumerateArray().Select(e => e.GetProperty("eventType").GetString()).ToList();
        Assert.Contains("ExecutionStarted", eventTypes);
        Assert.Contains("TaskScheduled", eventTypes);
        Assert.Contains("TaskCompleted", eventTypes);
        Assert.Contains("ExecutionCompleted", eventTypes);
        Assert.DoesNotContain(withoutOutputs.GetProperty("historyEvents").EnumerateArray(), e => e.TryGetProperty("result", out _));
        var completed = withOutputs.GetProperty("historyEvents").EnumerateArray().Single(e => e.GetProperty("eventType").GetString() == "TaskCompleted");
        Assert.Equal("Hello, Lin!", completed.GetProperty("result").GetString());
    }

    [Fact]
    public async Task The_status_of_an_unknown_instance_is_404_problem_details()
    {
        using var response = await _api.StatusAsync("never-started");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
        Assert.Equal("never-started", problem.GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task Starting_an_id_that_is_still_running_is_409_and_leaves_the_instance_alone()
    {
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, "taken-id", "first");
        await _api.WaitForStatusAsync("taken-id", "Running");

        using var response = await _api.StartAsync(AwaitApprovalOrchestrator.Name, "taken-id", "second");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var instance = await host.DurableClient.GetInstanceAsync("taken-id", getInputsAndOutputs: true);
        Assert.Equal("\"first\"", instance!.SerializedInput);
    }

    [Fact]
    public async Task Starting_an_id_whose_instance_finished_starts_it_afresh()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "start-again", "once");
        await _api.WaitForStatusAsync("start-again", "Completed");

        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "start-again", "twice");
        var status = await _api.WaitForStatusAsync("start-again", "Completed");

        Assert.Equal("Hello, twice!", status.GetProperty("output").GetString());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_400_naming_the_body_and_nothing_starts()
    {
        using var response = await _api.StartRawAsync(GreetingOrchestrator.Name, "bad-body", "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
        Assert.Null(await host.DurableClient.GetInstanceAsync("bad-body"));
    }

    [Theory]
    [InlineData("%20", "blank-name", "name")]
    [InlineData(GreetingOrchestrator.Name, "%20%20", "instanceId")]
    [InlineData(GreetingOrchestrator.Name, "tab%09id", "instanceId")]
    public async Task A_blank_name_or_a_bad_instance_id_is_400_naming_it(string name, string instanceId, string field)
    {
        using var response = await _api.StartAsync(name, instanceId, "x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Bad_status_parameters_are_400_naming_each()
    {
        using var response = await _api.StatusAsync("greet-ada", "?showHistory=maybe&showInput=2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("showHistory", out _));
        Assert.True(errors.TryGetProperty("showInput", out _));
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }
    }
}
