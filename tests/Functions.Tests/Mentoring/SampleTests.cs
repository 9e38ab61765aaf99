using System.Net;
using System.Text;
using System.Text.Json;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Support;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>The samples a newcomer posts with curl, as the README and docs/operations.md show, are accepted as they are.</summary>
public sealed class SampleTests(MentoringHostFactory host) : IClassFixture<MentoringHostFactory>
{
    [Fact]
    public async Task The_demo_programme_and_every_sample_mentor_and_mentee_post_cleanly()
    {
        using var admin = host.CreateAdminClient();
        using var client = host.CreateClient();
        var programme = await File.ReadAllTextAsync(RepositoryFiles.Path("samples/demo-programme.json"));
        var id = JsonDocument.Parse(programme).RootElement.GetProperty("id").GetString()!;

        using var created = await admin.PostAsync("/api/programmes", Json(programme));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var people = 0;
        foreach (var file in new[] { "mentors.json", "mentees.json" })
        {
            using var samples = JsonDocument.Parse(await File.ReadAllTextAsync(RepositoryFiles.Path($"samples/{file}")));
            foreach (var enrolment in samples.RootElement.EnumerateArray())
            {
                using var response = await client.PostAsync($"/api/programmes/{id}/enrolments", Json(enrolment.GetRawText()));
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{file}: {enrolment.GetProperty("email")}: {await response.Content.ReadAsStringAsync()}");
                people++;
            }
        }

        var programmeId = ProgrammeId.Parse(id, "id").Value;
        var mentees = await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(programmeId));
        var mentors = await host.InstancesAsync($"mentor:{id}:");
        Assert.Equal(people, mentees.Count + mentors.Count);
        Assert.True(mentees.Count >= 24 && mentors.Count >= 12, $"{mentees.Count} mentees, {mentors.Count} mentors");
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
