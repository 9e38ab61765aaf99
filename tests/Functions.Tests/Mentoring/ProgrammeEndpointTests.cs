using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorFlow.Domain.Programmes;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Mentoring;

public sealed class ProgrammeEndpointTests(MentoringHostFactory host) : IClassFixture<MentoringHostFactory>
{
    private readonly HttpClient _admin = host.CreateAdminClient();
    private readonly HttpClient _public = host.CreateClient();

    [Fact]
    public async Task Creating_a_programme_answers_201_with_its_location_etag_and_public_description()
    {
        var id = NewProgrammeId();

        using var response = await _admin.PostAsync("/api/programmes", AsJson(Programme(id, "Spring mentoring")));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(new Uri($"http://localhost/api/programmes/{id}"), response.Headers.Location);
        var stored = await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None);
        Assert.Equal($"\"{stored!.Version}\"", response.Headers.ETag!.Tag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Spring mentoring", body.GetProperty("name").GetString());
        Assert.Equal("P6M", body.GetProperty("term").GetString());
        Assert.True(body.GetProperty("acceptingEnrolments").GetBoolean());
        Assert.Equal($"http://localhost/api/programmes/{id}/enrolments", body.GetProperty("enrolmentUrl").GetString());
    }

    [Fact]
    public async Task Creating_needs_the_admin_key()
    {
        var id = NewProgrammeId();

        using var response = await _public.PostAsync("/api/programmes", AsJson(Programme(id)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None));
    }

    [Fact]
    public async Task An_invalid_programme_answers_400_naming_every_bad_field_and_is_not_kept()
    {
        var id = NewProgrammeId();
        var draft = Programme(id) with { Term = "six months", DefaultMentorCapacity = 0, Matching = new MatchingDraft { Mode = "lottery" } };

        using var response = await _admin.PostAsync("/api/programmes", AsJson(draft));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["defaultMentorCapacity", "matching.mode", "term"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Null(await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None));
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_or_an_unknown_field_is_named_by_its_path()
    {
        using var wrongType = await _admin.PostAsync("/api/programmes", Raw("""{"id":"typed","name":"Typed","matching":{"topK":"three"}}"""));
        using var unknown = await _admin.PostAsync("/api/programmes", Raw("""{"id":"typo","name":"Typo","defaultMentorCapcity":2}"""));
        using var broken = await _admin.PostAsync("/api/programmes", Raw("""{"id":"broken","""));

        Assert.True((await ErrorsOf(wrongType)).TryGetProperty("matching.topK", out _));
        Assert.True((await ErrorsOf(unknown)).TryGetProperty("defaultMentorCapcity", out _));
        Assert.True((await ErrorsOf(broken)).TryGetProperty("body", out _));
    }

    [Fact]
    public async Task Creating_an_id_that_exists_answers_409_and_keeps_the_first()
    {
        var id = NewProgrammeId();
        (await _admin.PostAsync("/api/programmes", AsJson(Programme(id, "First")))).Dispose();

        using var response = await _admin.PostAsync("/api/programmes", AsJson(Programme(id, "Second")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("First", (await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None))!.Draft.Name);
    }

    [Fact]
    public async Task Another_media_type_answers_415()
    {
        using var response = await _admin.PostAsync("/api/programmes", new StringContent("id=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Put_creates_with_201_then_replaces_with_200_and_a_new_etag()
    {
        var id = NewProgrammeId();

        using var created = await _admin.PutAsync($"/api/programmes/{id}", AsJson(Programme(id, "First")));
        using var replaced = await _admin.PutAsync($"/api/programmes/{id}", AsJson(Programme(id, "Second")));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.NotEqual(created.Headers.ETag, replaced.Headers.ETag);
        Assert.Equal("Second", (await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None))!.Draft.Name);
    }

    [Fact]
    public async Task Put_with_the_current_etag_replaces_and_with_a_stale_one_answers_412()
    {
        var id = NewProgrammeId();
        using var created = await _admin.PutAsync($"/api/programmes/{id}", AsJson(Programme(id, "First")));
        var first = created.Headers.ETag!;
        using var current = await PutIfMatchAsync(id, Programme(id, "Second"), first.Tag);

        using var stale = await PutIfMatchAsync(id, Programme(id, "Third"), first.Tag);

        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("Second", (await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None))!.Draft.Name);
    }

    [Fact]
    public async Task Put_if_match_on_a_missing_programme_answers_412_and_creates_nothing()
    {
        var id = NewProgrammeId();

        using var response = await PutIfMatchAsync(id, Programme(id), "*");

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Null(await host.Programmes.GetAsync(ProgrammeId.Parse(id, "id").Value, CancellationToken.None));
    }

    [Fact]
    public async Task Put_takes_the_id_from_the_route_and_refuses_a_body_naming_another()
    {
        var id = NewProgrammeId();

        using var withoutId = await _admin.PutAsync($"/api/programmes/{id}", AsJson(Programme(id) with { Id = null }));
        using var otherId = await _admin.PutAsync($"/api/programmes/{id}", AsJson(Programme("someone-else")));

        Assert.Equal(HttpStatusCode.Created, withoutId.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherId.StatusCode);
        Assert.True((await ErrorsOf(otherId)).TryGetProperty("id", out _));
    }

    [Fact]
    public async Task Anyone_reads_the_public_description_with_its_etag_and_a_matching_if_none_match_gets_304()
    {
        var id = NewProgrammeId();
        using var created = await _admin.PostAsync("/api/programmes", AsJson(Programme(id, "Open to all")));

        using var read = await _public.GetAsync($"/api/programmes/{id}");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/programmes/{id}");
        again.Headers.IfNoneMatch.Add(read.Headers.ETag!);
        using var unchanged = await _public.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(created.Headers.ETag, read.Headers.ETag);
        var body = await read.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Open to all", body.GetProperty("name").GetString());
        Assert.Equal("automatic", body.GetProperty("matchingMode").GetString());
        Assert.False(body.TryGetProperty("risk", out _));
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task An_unknown_programme_answers_404()
    {
        using var response = await _public.GetAsync($"/api/programmes/{NewProgrammeId()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PutIfMatchAsync(string id, ProgrammeDraft draft, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/programmes/{id}") { Content = AsJson(draft) };
        request.Headers.IfMatch.Add(etag == "*" ? EntityTagHeaderValue.Any : new EntityTagHeaderValue(etag));
        return await _admin.SendAsync(request);
    }

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }
}
