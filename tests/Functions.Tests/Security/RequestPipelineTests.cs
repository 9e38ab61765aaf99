using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Security;

/// <summary>
/// Status code pages and the admin key apply to every route but the enrolment post, which they are kept out of: what
/// they do elsewhere must not change.
/// </summary>
public sealed class RequestPipelineTests(MentorFlowHostFactory host) : IClassFixture<MentorFlowHostFactory>
{
    [Fact]
    public async Task An_unknown_route_is_404_problem_details()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(404, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Another_method_on_the_enrolment_route_is_405_problem_details()
    {
        using var http = host.CreateClient();

        using var response = await http.DeleteAsync("/api/programmes/any/enrolments");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task A_guarded_route_next_to_the_enrolment_route_still_needs_the_key()
    {
        using var http = host.CreateClient();

        using var response = await http.GetAsync("/api/programmes/any/mentorships");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_enrolment_for_an_unknown_programme_is_still_answered_with_problem_details()
    {
        using var http = host.CreateClient();

        using var response = await http.PostAsJsonAsync("/api/programmes/no-such-programme/enrolments", new { role = "mentee" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
