using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Mentoring;

public sealed class MentorshipsEndpointTests(MentoringHostFactory host) : IClassFixture<MentoringHostFactory>
{
    private readonly HttpClient _admin = host.CreateAdminClient();

    [Fact]
    public async Task The_list_pages_through_the_programmes_mentee_journeys_only()
    {
        var programme = await CreateProgrammeAsync();
        var other = await CreateProgrammeAsync();
        using var client = host.CreateClient();
        var mentees = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var email = NewEmail($"mentee{i}");
            (await client.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email, $"Mentee {i}")))).Dispose();
            mentees.Add(JourneyIds.MenteeJourney(Id(programme), ParticipantId.For(Id(programme), EmailAddress.Parse(email, "email").Value)));
        }

        (await client.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentor(NewEmail("mentor"))))).Dispose();
        (await client.PostAsync($"/api/programmes/{other}/enrolments", AsJson(Mentee(NewEmail("elsewhere"))))).Dispose();

        var seen = new List<JsonElement>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{programme}/mentorships?top=2");
            if (token is not null)
            {
                request.Headers.Add("x-ms-continuation-token", token);
            }

            using var response = await _admin.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            seen.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
            token = response.Headers.TryGetValues("x-ms-continuation-token", out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.Equal(3, pages);
        Assert.Equal(mentees.Order(StringComparer.Ordinal), seen.Select(m => m.GetProperty("journeyId").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(seen, m => Assert.StartsWith("Mentee ", m.GetProperty("menteeName").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_journey_shows_its_stage_and_risk_from_its_custom_status()
    {
        var programme = await CreateProgrammeAsync();
        var mentee = new ParticipantId("p-0123456789abcdef01234567");
        var journeyId = JourneyIds.MenteeJourney(Id(programme), mentee);
        await host.DurableClient.ScheduleNewOrchestrationInstanceAsync(
            ReportsJourneyStatus.Name,
            new EnrolmentAccepted(programme, mentee.Value, Mentee(NewEmail(), "Grace Chen"), DateTimeOffset.UtcNow),
            new StartOrchestrationOptions(journeyId));
        await host.CreateManagementClient().WaitForStatusAsync(journeyId, "Running");

        using var response = await _admin.GetAsync($"/api/programmes/{programme}/mentorships");

        var journey = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal(mentee.Value, journey.GetProperty("menteeId").GetString());
        Assert.Equal("Grace Chen", journey.GetProperty("menteeName").GetString());
        Assert.Equal("Running", journey.GetProperty("runtimeStatus").GetString());
        Assert.Equal("review", journey.GetProperty("stage").GetString());
        Assert.Equal(2, journey.GetProperty("cycle").GetInt32());
        Assert.True(journey.GetProperty("atRisk").GetBoolean());
        Assert.Equal(["missed check-ins"], journey.GetProperty("riskReasons").EnumerateArray().Select(r => r.GetString()));
        Assert.EndsWith("+00:00", journey.GetProperty("createdTime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_needs_the_admin_key_and_a_known_programme()
    {
        var programme = await CreateProgrammeAsync();

        using var anonymous = await host.CreateClient().GetAsync($"/api/programmes/{programme}/mentorships");
        using var unknown = await _admin.GetAsync($"/api/programmes/{NewProgrammeId()}/mentorships");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private async Task<string> CreateProgrammeAsync()
    {
        var id = NewProgrammeId();
        using var response = await _admin.PostAsync("/api/programmes", AsJson(Programme(id)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private static ProgrammeId Id(string programme) => ProgrammeId.Parse(programme, "id").Value;
}
