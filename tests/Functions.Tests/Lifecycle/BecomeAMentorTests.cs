using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

/// <summary>
/// "Pass it on": a mentee whose mentorship has closed follows the close-out email's link, enrols in the same programme
/// as a mentor and joins the pool; while the mentorship runs, and for a mentor enrolling as a mentee, the enrolment
/// is refused with 409.
/// </summary>
public abstract class BecomeAMentorTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task A_mentee_whose_mentorship_closed_enrols_as_a_mentor_by_the_close_out_link_and_joins_the_pool()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var ana = LifecycleHost.IdOf(programme, Mentee("Ana Mentee"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        await host.WaitForStageAsync(journey, JourneyStages.Agreement, "the mentee's agreement");
        await host.RaiseAsync(journey, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorshipId, CloseRequester.Mentee, "My plans changed"));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitForCompletionAsync(journey)).RuntimeStatus);

        var link = Assert.Single((await host.WaitForEmailAsync($"{journey}/close-out/become-a-mentor")).Links);
        using var http = host.CreateClient();
        using (var page = await http.GetAsync(link.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var intake = await PostAsync(http, link, MentorForm("Ana Mentee"), HttpStatusCode.Accepted);
        Assert.Equal(JourneyIds.MentorIntake(programme.Id, ana), intake.RootElement.GetProperty("id").GetString());
        var done = await host.WaitForCompletionAsync(JourneyIds.MentorIntake(programme.Id, ana));
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var outcome = done.ReadOutputAs<IntakeOutcome>()!;
        Assert.True(outcome.Joined, outcome.Problem);

        var kept = (await host.Participants.GetAsync(programme.Id, ana, CancellationToken.None))!;
        Assert.Equal(EnrolmentRole.Mentor, kept.Role);
        Assert.Contains(ana, (await host.Participants.ListAsync(programme.Id, EnrolmentRole.Mentor, CancellationToken.None)).Select(p => p.Id));
        Assert.DoesNotContain(ana, (await host.Participants.ListAsync(programme.Id, EnrolmentRole.Mentee, CancellationToken.None)).Select(p => p.Id));
        var seat = Assert.Single((await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Seats, s => s.Mentor == ana);
        Assert.True(seat.Capacity > 0);
        Assert.False(seat.Paused);
        await host.WaitForEmailAsync($"{JourneyIds.MentorIntake(programme.Id, ana)}/welcome");

        // The same person again is the same intake; as a mentee they are refused, being a mentor now.
        using var repeat = await PostAsync(http, link, MentorForm("Ana Mentee"), HttpStatusCode.Accepted);
        Assert.Equal(JourneyIds.MentorIntake(programme.Id, ana), repeat.RootElement.GetProperty("id").GetString());
        using var asMentee = await PostAsync(http, link, MenteeForm("Ana Mentee"), HttpStatusCode.Conflict);
        Assert.Equal("mentor", asMentee.RootElement.GetProperty("enrolledAs").GetString());
    }

    [Fact]
    public async Task A_mentee_whose_mentorship_still_runs_is_refused_as_a_mentor_until_it_has_closed()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        await host.AcceptAsync(journey);
        var enrolments = new Uri($"http://localhost/api/programmes/{programme.Id.Value}/enrolments");
        using var http = host.CreateClient();

        using var refused = await PostAsync(http, enrolments, MentorForm("Ana Mentee"), HttpStatusCode.Conflict);
        Assert.Equal("mentee", refused.RootElement.GetProperty("enrolledAs").GetString());
        Assert.Contains("as a mentor once their mentorship has closed", refused.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(MentorForm("Ana Mentee"));
        using var request = new HttpRequestMessage(HttpMethod.Post, enrolments.PathAndQuery) { Content = form };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Conflict, page.StatusCode);
        Assert.Contains("as a mentor once your mentorship has closed", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Null(await host.DurableClient.GetInstanceAsync(JourneyIds.MentorIntake(programme.Id, LifecycleHost.IdOf(programme, Mentee("Ana Mentee")))));
        Assert.Equal(OrchestrationRuntimeStatus.Running, (await host.DurableClient.GetInstanceAsync(journey))!.RuntimeStatus);
    }

    private static async Task<JsonDocument> PostAsync(HttpClient http, Uri enrolments, List<KeyValuePair<string, string>> fields, HttpStatusCode expected)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var response = await http.PostAsync(enrolments.AbsolutePath, form);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body);
    }
}
