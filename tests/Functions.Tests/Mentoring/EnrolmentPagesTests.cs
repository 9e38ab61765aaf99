using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>The enrolment form as a browser meets it: a page to fill in, and pages for every answer to its post.</summary>
public sealed class EnrolmentPagesTests(MentoringHostFactory host) : IClassFixture<MentoringHostFactory>
{
    /// <summary>What chromium sends when a page's form is submitted.</summary>
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    private readonly HttpClient _public = host.CreateClient();

    [Fact]
    public async Task The_form_page_has_every_field_of_its_role_and_posts_to_the_enrolment_endpoint()
    {
        var programme = await CreateProgrammeAsync();

        var mentee = await PageAsync(await _public.GetAsync($"/api/programmes/{programme}/enrolments?role=mentee"), HttpStatusCode.OK);
        var mentor = await PageAsync(await _public.GetAsync($"/api/programmes/{programme}/enrolments?role=mentor"), HttpStatusCode.OK);

        Assert.Contains($"action=\"/api/programmes/{programme}/enrolments\"", mentee, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"role\" value=\"mentee\">", mentee, StringComparison.Ordinal);
        foreach (var field in new[] { "name", "email", "timeZone", "languages", "channels", "availability[0].day", "goals[0].text", "goals[0].tags", "skillsWanted", "wishes.background" })
        {
            Assert.Contains($"name=\"{field}\"", mentee, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("name=\"capacity\"", mentee, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"role\" value=\"mentor\">", mentor, StringComparison.Ordinal);
        foreach (var field in new[] { "expertise", "skillsOffered[0].skill", "skillsOffered[0].level", "capacity", "communicationStyle", "motivation" })
        {
            Assert.Contains($"name=\"{field}\"", mentor, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("name=\"goals[0].text\"", mentor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_role_the_page_offers_both_and_an_unknown_programme_is_a_404_page()
    {
        var programme = await CreateProgrammeAsync();

        var choice = await PageAsync(await _public.GetAsync($"/api/programmes/{programme}/enrolments"), HttpStatusCode.OK);
        var unknown = await PageAsync(await _public.GetAsync($"/api/programmes/{NewProgrammeId()}/enrolments?role=mentee"), HttpStatusCode.NotFound);

        Assert.Contains("?role=mentee", choice, StringComparison.Ordinal);
        Assert.Contains("?role=mentor", choice, StringComparison.Ordinal);
        Assert.Contains("Programme not found", unknown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_post_is_thanked_with_a_page()
    {
        var programme = await CreateProgrammeAsync();

        // As the page posts it: the rows it offered and the person left blank come too.
        var form = MenteeForm(NewEmail("grace")).Concat(
            new[] { "availability[2].day", "availability[2].start", "availability[2].end", "goals[2].text", "goals[2].tags" }.Select(f => new KeyValuePair<string, string>(f, "")));

        var page = await PageAsync(await BrowserPostAsync(programme, form), HttpStatusCode.Accepted);

        Assert.Contains("Thank you for enrolling", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_post_with_bad_fields_gets_the_form_again_naming_each_field_by_its_label()
    {
        var programme = await CreateProgrammeAsync();
        var form = MenteeForm("not-an-address").Where(f => f.Key != "timeZone").Append(new("seniority.level", "high")).ToList();
        form.RemoveAll(f => f.Key == "seniority.level" && f.Value == "3");

        var page = await PageAsync(await BrowserPostAsync(programme, form), HttpStatusCode.BadRequest);

        Assert.Contains("Please correct the following", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#email\">Your email: ", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#timeZone\">Time zone: ", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#seniority-level\">Seniority level: ", page, StringComparison.Ordinal);
        // What was typed stays, so only the bad fields need fixing.
        Assert.Contains("value=\"Grace Chen\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"not-an-address\"", page, StringComparison.Ordinal);
        Assert.Empty(await host.InstancesAsync($"journey:{programme}:"));
    }

    [Fact]
    public async Task A_browser_already_enrolled_as_a_mentee_is_told_so_plainly_when_enrolling_as_a_mentor()
    {
        var programme = await CreateProgrammeAsync();
        var email = NewEmail("grace");
        (await _public.PostAsync($"/api/programmes/{programme}/enrolments", AsJson(Mentee(email)))).Dispose();
        var asMentor = new List<KeyValuePair<string, string>>
        {
            new("role", "mentor"), new("name", "Grace Chen"), new("email", email), new("timeZone", "Europe/London"), new("languages", "en"),
            new("seniority.level", "8"), new("seniority.yearsOfExperience", "17"), new("industry", "banking"), new("channels", "video"),
            new("availability[0].day", "monday"), new("availability[0].start", "09:00"), new("availability[0].end", "11:00"),
            new("expertise", "leadership"), new("skillsOffered[0].skill", "negotiation"), new("skillsOffered[0].level", "expert"),
            new("capacity", "2"), new("communicationStyle", "coaching"),
        };

        var page = await PageAsync(await BrowserPostAsync(programme, asMentor), HttpStatusCode.Conflict);

        Assert.Contains("You are already enrolled in this programme as a mentee.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusals_before_the_form_is_read_are_pages_for_a_browser()
    {
        var programme = await CreateProgrammeAsync();

        var unknown = await PageAsync(await BrowserPostAsync(NewProgrammeId(), MenteeForm(NewEmail())), HttpStatusCode.NotFound);
        var tooLong = await PageAsync(await BrowserPostAsync(programme, [.. MenteeForm(NewEmail()), new("motivation", new string('x', 70_000))]), HttpStatusCode.RequestEntityTooLarge);
        using var text = new StringContent("name=Grace", Encoding.UTF8, "text/plain");
        var unsupported = await PageAsync(await BrowserSendAsync(programme, text), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("Programme not found", unknown, StringComparison.Ordinal);
        Assert.Contains("Your form is too long", tooLong, StringComparison.Ordinal);
        Assert.Contains("This form cannot be read", unsupported, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_that_asks_for_json_keeps_getting_problem_details()
    {
        var programme = await CreateProgrammeAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/programmes/{programme}/enrolments") { Content = AsForm(MenteeForm("not-an-address")) };
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await _public.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("email", out _));
    }

    private static async Task<string> PageAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        using (response)
        {
            Assert.Equal(expected, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            return await response.Content.ReadAsStringAsync();
        }
    }

    private async Task<HttpResponseMessage> BrowserPostAsync(string programme, IEnumerable<KeyValuePair<string, string>> form)
    {
        using var content = AsForm(form);
        return await BrowserSendAsync(programme, content);
    }

    private Task<HttpResponseMessage> BrowserSendAsync(string programme, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/programmes/{programme}/enrolments") { Content = content };
        request.Headers.Accept.Clear();
        request.Headers.TryAddWithoutValidation("Accept", BrowserAccept);
        return _public.SendAsync(request);
    }

    private async Task<string> CreateProgrammeAsync()
    {
        var id = NewProgrammeId();
        using var admin = host.CreateAdminClient();
        using var response = await admin.PostAsync("/api/programmes", AsJson(Programme(id)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }
}
