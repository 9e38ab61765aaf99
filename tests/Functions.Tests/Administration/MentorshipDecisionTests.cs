using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Administration;

public sealed class MentorshipDecisionTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly HttpClient _http = host.CreateClient();

    [Fact]
    public async Task Approving_raises_the_decision_to_the_journey_the_mentorship_belongs_to()
    {
        var bed = await JourneyBed.StartAsync(host, "approve");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = true, mentorId = bed.Mentor.Value });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.MatchApproval, name);
        Assert.Equal(new MatchApproval(bed.MentorshipId, true, bed.Mentor.Value), DurableJson.Deserialize<MatchApproval>(payload));
    }

    [Fact]
    public async Task Rejecting_raises_a_rejection_without_a_mentor()
    {
        var bed = await JourneyBed.StartAsync(host, "reject");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = false });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(new MatchApproval(bed.MentorshipId, false, null), DurableJson.Deserialize<MatchApproval>(Assert.Single(await bed.EventsAsync()).Payload));
    }

    [Fact]
    public async Task Approving_without_the_admin_key_is_401_and_raises_nothing()
    {
        var bed = await JourneyBed.StartAsync(host, "approve-anonymous");

        using var response = await _http.PostAsJsonAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = true });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task An_approval_that_does_not_say_approved_is_400_naming_the_field()
    {
        var bed = await JourneyBed.StartAsync(host, "approve-missing");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = "yes", mentorId = "somebody" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("approved", out _));
        Assert.True(errors.TryGetProperty("mentorId", out _));
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task A_rejection_that_names_a_mentor_is_400_naming_the_mentor()
    {
        var bed = await JourneyBed.StartAsync(host, "reject-with-mentor");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = false, mentorId = bed.Mentor.Value });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("mentorId", out _));
    }

    [Fact]
    public async Task A_mentorship_id_that_is_not_one_is_400_naming_the_id()
    {
        using var response = await PostAsync("/api/mentorships/not-a-mentorship/approve", new { approved = true });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Approving_a_mentorship_whose_journey_does_not_exist_is_404()
    {
        var bed = JourneyBed.WithoutJourney(host, "approve-nobody");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(bed.JourneyId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("journeyId").GetString());
    }

    [Fact]
    public async Task Approving_a_mentorship_whose_journey_has_finished_is_409()
    {
        var bed = await JourneyBed.StartAsync(host, "approve-finished");
        await bed.FinishAsync();

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/approve", new { approved = true });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Closing_early_raises_the_administrators_request_with_its_reason()
    {
        var bed = await JourneyBed.StartAsync(host, "admin-close");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/close", new { reason = "The mentor left the company." });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.EarlyCloseRequested, name);
        Assert.Equal(new EarlyCloseRequested(bed.MentorshipId, CloseRequester.Administrator, "The mentor left the company."), DurableJson.Deserialize<EarlyCloseRequested>(payload));
    }

    [Fact]
    public async Task Closing_early_without_a_reason_is_400_naming_the_reason()
    {
        var bed = await JourneyBed.StartAsync(host, "admin-close-empty");

        using var response = await PostAsync($"/api/mentorships/{bed.MentorshipId}/close", new { reason = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Empty(await bed.EventsAsync());
    }

    private Task<HttpResponseMessage> PostAsync(string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add(AdminKeyAuthenticationHandler.HeaderName, host.AdminKey);
        return _http.SendAsync(request);
    }
}
