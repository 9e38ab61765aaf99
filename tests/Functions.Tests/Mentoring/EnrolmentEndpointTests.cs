using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable.History;
using MentorFlow.Functions.Lifecycle;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Mentoring;

public sealed class EnrolmentEndpointTests(MentoringHostFactory host) : IClassFixture<MentoringHostFactory>
{
    private readonly HttpClient _admin = host.CreateAdminClient();
    private readonly HttpClient _public = host.CreateClient();

    [Fact]
    public async Task A_mentee_enrolment_starts_their_journey_and_answers_202_with_its_status_url()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("grace");

        using var response = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var journeyId = JourneyIds.MenteeJourney(Id(programme), ParticipantOf(programme, email));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(journeyId, body.GetProperty("id").GetString());
        // The route prefix the caller used is kept, as the management API keeps it.
        var statusUrl = $"http://localhost/api/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(journeyId)}?taskHub=MentorFlow";
        Assert.Equal(statusUrl, body.GetProperty("statusQueryGetUri").GetString());
        Assert.Equal(new Uri(statusUrl), response.Headers.Location);
        Assert.DoesNotContain("code=", body.ToString(), StringComparison.Ordinal);
        using var status = await _admin.GetAsync(response.Headers.Location);
        Assert.Equal(journeyId, (await status.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetString());
        using var withoutKey = await _public.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        var instance = await host.DurableClient.GetInstanceAsync(journeyId, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationNames.MenteeJourney, instance!.Name);
        var input = instance.ReadInputAs<EnrolmentAccepted>()!;
        Assert.Equal(programme, input.ProgrammeId);
        Assert.Equal(ParticipantOf(programme, email).Value, input.ParticipantId);
        Assert.Equal(email, input.Draft.Email);
    }

    [Fact]
    public async Task A_mentor_enrolment_starts_their_intake()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("amara");

        using var response = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentor(email)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var intakeId = JourneyIds.MentorIntake(Id(programme), ParticipantOf(programme, email));
        Assert.Equal(intakeId, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(OrchestrationNames.MentorIntake, (await host.DurableClient.GetInstanceAsync(intakeId))!.Name);
    }

    [Fact]
    public async Task A_form_post_and_a_json_post_of_the_same_enrolment_start_journeys_with_the_same_draft()
    {
        var viaJson = await CreateProgrammeAsync();
        var viaForm = await CreateProgrammeAsync();
        var email = NewEmail("grace");

        using var json = await _public.PostAsync($"/api/programmes/{viaJson}/enrolments", AsJson(Mentee(email)));
        using var form = await _public.PostAsync($"/api/programmes/{viaForm}/enrolments", AsForm(MenteeForm(email)));

        Assert.Equal(HttpStatusCode.Accepted, json.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, form.StatusCode);
        var fromJson = await InputOfAsync(JourneyIds.MenteeJourney(Id(viaJson), ParticipantOf(viaJson, email)));
        var fromForm = await InputOfAsync(JourneyIds.MenteeJourney(Id(viaForm), ParticipantOf(viaForm, email)));
        Assert.Equal(JsonSerializer.Serialize(fromJson.Draft, Json), JsonSerializer.Serialize(fromForm.Draft, Json));
    }

    [Fact]
    public async Task The_same_person_enrolling_again_gets_the_same_journey_and_never_a_second_or_replaced_one()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("grace");
        using var first = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email, "Grace Chen")));
        var journeyId = JourneyIds.MenteeJourney(Id(programme), ParticipantOf(programme, email));
        // The journey runs (with no mentor in the pool it waits on the waitlist): a running instance is never replaced.
        await host.CreateManagementClient().WaitForStatusAsync(journeyId, "Running");

        using var again = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email.ToUpperInvariant(), "Grace C.")));
        using var asForm = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsForm(MenteeForm(email)));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, asForm.StatusCode);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        Assert.Equal(first.Headers.Location, asForm.Headers.Location);
        var instance = Assert.Single(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme))));
        Assert.Equal("Grace Chen", instance.ReadInputAs<EnrolmentAccepted>()!.Draft.Name);
        var history = (await host.DurableClient.GetInstanceAsync(journeyId, getHistory: true))!.History!;
        Assert.Single(history.OfType<ExecutionStartedEvent>());
    }

    [Fact]
    public async Task Many_concurrent_enrolments_of_one_person_start_one_journey()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("grace");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        Assert.Single(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme))));
    }

    [Fact]
    public async Task Concurrent_enrolments_of_different_people_are_each_on_record_when_their_202_arrives()
    {
        var programme = await CreateProgrammeAsync();
        var emails = Enumerable.Range(0, 32).Select(i => NewEmail($"person{i}")).ToList();

        var found = await Task.WhenAll(emails.Select(async email =>
        {
            using var response = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return await host.DurableClient.GetInstanceAsync(JourneyIds.MenteeJourney(Id(programme), ParticipantOf(programme, email)));
        }));

        Assert.All(found, Assert.NotNull);
        Assert.Equal(emails.Count, (await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme)))).Count);
    }

    [Fact]
    public async Task A_window_closed_through_put_refuses_the_very_next_enrolment()
    {
        var programme = await CreateProgrammeAsync();
        using var before = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(NewEmail())));
        var now = DateTimeOffset.UtcNow;

        using var closed = await _admin.PutAsync($"/api/programmes/{programme}", AsJson(Programme(programme).WithWindow(now.AddDays(-30), now.AddDays(-1))));
        using var after = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(NewEmail())));

        Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, after.StatusCode);
        Assert.Single(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme))));
    }

    [Fact]
    public async Task Enrolling_as_mentor_when_already_a_mentee_answers_409_naming_the_conflict()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("grace");
        (await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)))).Dispose();

        using var asMentor = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentor(email)));

        Assert.Equal(HttpStatusCode.Conflict, asMentor.StatusCode);
        Assert.Equal("mentee", (await asMentor.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolledAs").GetString());
        Assert.Null(await host.DurableClient.GetInstanceAsync(JourneyIds.MentorIntake(Id(programme), ParticipantOf(programme, email))));
    }

    [Fact]
    public async Task Enrolling_as_mentee_when_already_a_mentor_answers_409()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("amara");
        (await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentor(email)))).Dispose();

        using var asMentee = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)));

        Assert.Equal(HttpStatusCode.Conflict, asMentee.StatusCode);
        Assert.Equal("mentor", (await asMentee.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("enrolledAs").GetString());
    }

    [Fact]
    public async Task An_unknown_programme_answers_404()
    {
        using var response = await _public.PostAsync($"/api/programmes/{NewProgrammeId()}/enrolments", AsJson(Mentee(NewEmail())));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_closed_or_not_yet_open_enrolment_window_answers_409_and_starts_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        var closed = await CreateProgrammeAsync(d => d.WithWindow(now.AddDays(-30), now.AddDays(-1)));
        var notYetOpen = await CreateProgrammeAsync(d => d.WithWindow(now.AddDays(1), null));

        using var late = await _public.PostAsync($"/api/programmes/{closed}/enrolments", AsJson(Mentee(NewEmail())));
        using var early = await _public.PostAsync($"/api/programmes/{notYetOpen}/enrolments", AsForm(MenteeForm(NewEmail())));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Empty(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(closed))));
        Assert.Empty(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(notYetOpen))));
    }

    [Fact]
    public async Task Another_media_type_answers_415()
    {
        var programme = await CreateProgrammeAsync();
        using var multipart = new MultipartFormDataContent { { new StringContent("mentee"), "role" } };

        using var text = await _public.PostAsync($"/api/programmes/{programme}/enrolments", new StringContent("role=mentee", Encoding.UTF8, "text/plain"));
        using var form = await _public.PostAsync($"/api/programmes/{programme}/enrolments", multipart);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
    }

    [Fact]
    public async Task A_body_over_64_kib_answers_413_whether_its_length_is_declared_or_not()
    {
        var programme = await CreateProgrammeAsync();
        var huge = Mentee(NewEmail()) with { Organisation = new string('x', 70_000) };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(huge, Json);
        using var declared = new ByteArrayContent(bytes);
        declared.Headers.ContentType = new("application/json");
        using var chunked = new StreamContent(new UnknownLengthStream(bytes));
        chunked.Headers.ContentType = new("application/json");

        using var withLength = await _public.PostAsync($"/api/programmes/{programme}/enrolments", declared);
        using var withoutLength = await _public.PostAsync($"/api/programmes/{programme}/enrolments", chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutLength.StatusCode);
        Assert.Empty(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme))));
    }

    [Fact]
    public async Task An_invalid_json_enrolment_answers_400_naming_every_bad_field_and_changes_nothing()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail();
        var draft = Mentee(email) with
        {
            TimeZone = "Mars/Olympus",
            Goals = [new GoalDraft { Text = "" }],
            Availability = [new SlotDraft { Day = "someday", Start = "09:00", End = "10:00" }],
        };

        using var response = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(draft));

        var errors = await ErrorsOf(response);
        Assert.True(errors.TryGetProperty("timeZone", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("goals[0].text", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("availability[0].day", out _), errors.ToString());
        await AssertNothingKeptAsync(programme, email);
    }

    [Fact]
    public async Task An_invalid_form_names_unreadable_values_unknown_fields_and_broken_rules_together()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail();
        var fields = MenteeForm(email);
        fields.RemoveAll(f => f.Key == "timeZone");
        fields.Add(new("seniority.level", "senior"));
        fields.Add(new("favouriteColour", "teal"));
        fields.Add(new("wishes.industryExperience", "maybe"));
        fields.RemoveAll(f => f.Key == "wishes.industryExperience" && f.Value == "on");

        using var response = await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsForm(fields));

        var errors = await ErrorsOf(response);
        Assert.Equal(
            ["favouriteColour", "seniority.level", "timeZone", "wishes.industryExperience"],
            errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        await AssertNothingKeptAsync(programme, email);
    }

    [Fact]
    public async Task Json_that_does_not_read_answers_400_at_the_path_where_it_stopped()
    {
        var programme = await CreateProgrammeAsync();

        using var response = await _public.PostAsync(
            $"/api/programmes/{programme}/enrolments",
            new StringContent("""{"role":"mentor","capacity":"lots"}""", Encoding.UTF8, "application/json"));

        Assert.True((await ErrorsOf(response)).TryGetProperty("capacity", out _));
    }

    [Fact]
    public async Task An_accepted_enrolment_is_on_disk_when_the_202_is_sent()
    {
        using var data = new Support.TestDataDirectory();
        var programme = NewProgrammeId();
        var email = NewEmail();
        Uri? location;
        await using (var first = new DataDirectoryHost(data.Path))
        {
            using var admin = first.CreateClient();
            admin.DefaultRequestHeaders.Add("x-functions-key", DataDirectoryHost.Key);
            (await admin.PostAsync("/api/programmes", AsJson(Programme(programme)))).Dispose();
            using var response = await first.CreateClient().PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            location = response.Headers.Location;
        }

        await using var second = new DataDirectoryHost(data.Path);
        using var again = await second.CreateClient().PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)));

        var journeyId = JourneyIds.MenteeJourney(Id(programme), ParticipantOf(programme, email));
        Assert.NotNull(await second.DurableClient.GetInstanceAsync(journeyId));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(location, again.Headers.Location);
    }

    private async Task<string> CreateProgrammeAsync(Func<ProgrammeDraft, ProgrammeDraft>? change = null)
    {
        var id = NewProgrammeId();
        var draft = Programme(id);
        using var response = await _admin.PostAsync("/api/programmes", AsJson(change is null ? draft : change(draft)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private async Task<EnrolmentAccepted> InputOfAsync(string instanceId)
        => (await host.DurableClient.GetInstanceAsync(instanceId, getInputsAndOutputs: true))!.ReadInputAs<EnrolmentAccepted>()!;

    private async Task AssertNothingKeptAsync(string programme, string email)
    {
        Assert.Empty(await host.InstancesAsync(JourneyIds.MenteeJourneyPrefix(Id(programme))));
        Assert.Null(await host.Participants.GetAsync(Id(programme), ParticipantOf(programme, email), CancellationToken.None));
    }

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private static ProgrammeId Id(string programme) => ProgrammeId.Parse(programme, "id").Value;

    private static ParticipantId ParticipantOf(string programme, string email)
        => ParticipantId.For(Id(programme), EmailAddress.Parse(email, "email").Value);

    /// <summary>A body stream that does not tell its length, so the request goes without Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
