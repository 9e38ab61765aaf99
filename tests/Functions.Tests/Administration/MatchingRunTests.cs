using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Administration;

public sealed class MatchingRunTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly HttpClient _http = host.CreateClient();

    [Fact]
    public async Task Starting_a_run_with_an_idempotency_key_starts_the_cohort_run_under_that_key()
    {
        using var response = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: "run-2026-03");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        const string InstanceId = "cohort:spring-2026:run-2026-03";
        Assert.Equal(InstanceId, body.GetProperty("id").GetString());
        Assert.Contains("/runtime/webhooks/durabletask/instances/cohort%3Aspring-2026%3Arun-2026-03", body.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(body.GetProperty("statusQueryGetUri").GetString(), response.Headers.Location?.ToString());
        var instance = await host.DurableClient.GetInstanceAsync(InstanceId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationNames.CohortRun, instance!.Name);
        Assert.Equal(new CohortRunInput("spring-2026", "run-2026-03"), instance.ReadInputAs<CohortRunInput>());
    }

    [Fact]
    public async Task Repeating_a_run_with_the_same_key_answers_with_the_first_run_and_starts_no_other()
    {
        using var first = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: "retry-me");
        var created = (await host.DurableClient.GetInstanceAsync("cohort:spring-2026:retry-me"))!.CreatedAt;

        using var second = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: "retry-me");

        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusQueryGetUri").GetString(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusQueryGetUri").GetString());
        Assert.Equal(created, (await host.DurableClient.GetInstanceAsync("cohort:spring-2026:retry-me"))!.CreatedAt);
    }

    [Fact]
    public async Task Runs_without_a_key_are_separate_runs()
    {
        using var first = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: null);
        using var second = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: null);

        var ids = new[] { first, second }.Select(r => r.Content.ReadFromJsonAsync<JsonElement>().Result.GetProperty("id").GetString()).ToList();
        Assert.All(ids, id => Assert.StartsWith("cohort:spring-2026:", id, StringComparison.Ordinal));
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task A_run_for_an_unknown_programme_is_404()
    {
        using var response = await PostAsync("autumn-2031", idempotencyKey: "k1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(await host.DurableClient.GetInstanceAsync("cohort:autumn-2031:k1"));
    }

    [Fact]
    public async Task An_idempotency_key_with_a_colon_is_400_naming_the_header()
    {
        using var response = await PostAsync(LifecycleHostFactory.Programme.Value, idempotencyKey: "a:b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Idempotency-Key", out _));
    }

    [Fact]
    public async Task Starting_a_run_without_the_admin_key_is_401()
    {
        using var response = await _http.PostAsync($"/api/programmes/{LifecycleHostFactory.Programme.Value}/matching-runs", content: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private Task<HttpResponseMessage> PostAsync(string programme, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/programmes/{programme}/matching-runs");
        request.Headers.Add(AdminKeyAuthenticationHandler.HeaderName, host.AdminKey);
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return _http.SendAsync(request);
    }
}
