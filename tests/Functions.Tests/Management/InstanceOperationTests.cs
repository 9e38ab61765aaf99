using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Durable;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Functions.Tests.TestOrchestrations;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Management;

public sealed class InstanceOperationTests(MentorFlowHostFactory host) : IClassFixture<MentorFlowHostFactory>
{
    private readonly ManagementClient _api = host.CreateManagementClient();

    [Fact]
    public async Task Raising_an_event_wakes_the_waiting_orchestration_with_the_event_data()
    {
        await StartWaitingAsync("raise-wakes");

        using var response = await _api.PostAsync($"instances/raise-wakes/raiseEvent/{AwaitApprovalOrchestrator.EventName}", new Approval("Mo", true));
        var status = await _api.WaitForStatusAsync("raise-wakes", "Completed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("Mo", status.GetProperty("output").GetProperty("approvedBy").GetString());
        Assert.True(status.GetProperty("output").GetProperty("approved").GetBoolean());
    }

    [Fact]
    public async Task Raising_an_event_with_a_body_that_is_not_json_is_400_and_the_instance_keeps_waiting()
    {
        await StartWaitingAsync("raise-bad-body");

        using var response = await _api.PostAsync(
            $"instances/raise-bad-body/raiseEvent/{AwaitApprovalOrchestrator.EventName}", new StringContent("approved!"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.DurableClient.GetInstanceAsync("raise-bad-body"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Raising_an_event_with_a_blank_name_is_400_naming_it()
    {
        await StartWaitingAsync("raise-blank-name");

        using var response = await _api.PostAsync("instances/raise-blank-name/raiseEvent/%20", new Approval("Mo", true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("eventName", out _));
    }

    [Theory]
    [InlineData("raiseEvent/Approval")]
    [InlineData("terminate")]
    [InlineData("suspend")]
    [InlineData("resume")]
    [InlineData("rewind")]
    [InlineData("restart")]
    public async Task Acting_on_an_unknown_instance_is_404(string operation)
    {
        using var response = await _api.PostAsync($"instances/no-such-instance/{operation}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("raiseEvent/Approval")]
    [InlineData("terminate")]
    [InlineData("suspend")]
    [InlineData("resume")]
    public async Task Acting_on_a_finished_instance_is_410_and_changes_nothing(string operation)
    {
        var id = $"finished-{operation.Replace('/', '-')}";
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, id, "Bo");
        await _api.WaitForStatusAsync(id, "Completed");

        using var response = await _api.PostAsync($"instances/{id}/{operation}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.DurableClient.GetInstanceAsync(id))!.RuntimeStatus);
    }

    [Fact]
    public async Task Terminating_a_running_instance_ends_it_as_terminated_with_the_reason()
    {
        await StartWaitingAsync("terminate-me");

        using var response = await _api.PostAsync("instances/terminate-me/terminate?reason=no+longer+needed");
        var status = await _api.WaitForStatusAsync("terminate-me", "Terminated");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Contains("no longer needed", status.GetProperty("output").ToString(), StringComparison.Ordinal);
        using var final = await _api.StatusAsync("terminate-me");
        Assert.Equal(HttpStatusCode.OK, final.StatusCode);
    }

    [Fact]
    public async Task A_suspended_instance_reports_202_ignores_events_until_resumed_and_then_completes()
    {
        await StartWaitingAsync("suspend-me");

        using var suspend = await _api.PostAsync("instances/suspend-me/suspend?reason=investigating");
        await _api.WaitForStatusAsync("suspend-me", "Suspended");
        using var raise = await _api.PostAsync($"instances/suspend-me/raiseEvent/{AwaitApprovalOrchestrator.EventName}", new Approval("Ines", true));
        using var whileSuspended = await _api.StatusAsync("suspend-me");
        var statusWhileSuspended = await whileSuspended.Content.ReadFromJsonAsync<JsonElement>();
        using var resume = await _api.PostAsync("instances/suspend-me/resume?reason=done");
        var completed = await _api.WaitForStatusAsync("suspend-me", "Completed");

        Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, raise.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, whileSuspended.StatusCode);
        Assert.Equal("Suspended", statusWhileSuspended.GetProperty("runtimeStatus").GetString());
        Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        Assert.Equal("Ines", completed.GetProperty("output").GetProperty("approvedBy").GetString());
    }

    [Fact]
    public async Task Rewinding_a_failed_instance_runs_what_failed_again()
    {
        await _api.StartAcceptedAsync(FlakyPipelineOrchestrator.Name, "rewind-me", "batch-7");
        var failed = await _api.WaitForStatusAsync("rewind-me", "Failed");
        host.Services.GetRequiredService<FlakyDependency>().RepairFor("batch-7");

        using var response = await _api.PostAsync("instances/rewind-me/rewind?reason=dependency+repaired");
        var completed = await _api.WaitForStatusAsync("rewind-me", "Completed");

        Assert.Contains("The dependency is down.", failed.GetProperty("output").ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("processed batch-7", completed.GetProperty("output").GetString());
    }

    [Fact]
    public async Task A_failed_instance_can_answer_500_when_asked_as_durable_functions_does()
    {
        await _api.StartAcceptedAsync(FlakyPipelineOrchestrator.Name, "failed-500", "batch-500");
        await _api.WaitForStatusAsync("failed-500", "Failed");

        using var plain = await _api.StatusAsync("failed-500");
        using var asked = await _api.StatusAsync("failed-500", "?returnInternalServerErrorOnFailure=true");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, asked.StatusCode);
        Assert.Equal("Failed", (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runtimeStatus").GetString());
    }

    [Fact]
    public async Task Rewinding_an_instance_that_did_not_fail_is_412()
    {
        await StartWaitingAsync("rewind-running");

        using var response = await _api.PostAsync("instances/rewind-running/rewind");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.DurableClient.GetInstanceAsync("rewind-running"))!.RuntimeStatus);
    }

    [Fact]
    public async Task Restarting_starts_a_new_instance_from_the_same_input_under_a_new_id_by_default()
    {
        await _api.StartAcceptedAsync(GreetingOrchestrator.Name, "restart-new", "Kai");
        await _api.WaitForStatusAsync("restart-new", "Completed");

        using var response = await _api.PostAsync("instances/restart-new/restart");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var newId = body.GetProperty("id").GetString()!;
        var restarted = await _api.WaitForStatusAsync(newId, "Completed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotEqual("restart-new", newId);
        Assert.Equal(new Uri(body.GetProperty("statusQueryGetUri").GetString()!), response.Headers.Location);
        Assert.Equal("Hello, Kai!", restarted.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Restarting_in_place_runs_the_same_id_again()
    {
        await _api.StartAcceptedAsync(FlakyPipelineOrchestrator.Name, "restart-same", "batch-9");
        await _api.WaitForStatusAsync("restart-same", "Failed");
        host.Services.GetRequiredService<FlakyDependency>().RepairFor("batch-9");

        using var response = await _api.PostAsync("instances/restart-same/restart?restartWithNewInstanceId=false");
        var restarted = await _api.WaitForStatusAsync("restart-same", "Completed");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("restart-same", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal("processed batch-9", restarted.GetProperty("output").GetString());
    }

    [Fact]
    public async Task Restarting_a_running_instance_in_place_is_409()
    {
        await StartWaitingAsync("restart-running");

        using var response = await _api.PostAsync("instances/restart-running/restart?restartWithNewInstanceId=false");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task A_restart_flag_that_is_not_a_boolean_is_400_naming_it()
    {
        using var response = await _api.PostAsync("instances/anything/restart?restartWithNewInstanceId=sometimes");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("restartWithNewInstanceId", out _));
    }

    private async Task StartWaitingAsync(string instanceId)
    {
        await _api.StartAcceptedAsync(AwaitApprovalOrchestrator.Name, instanceId, "proposal");
        await _api.WaitForStatusAsync(instanceId, "Running");
    }
}
