using MentorFlow.Domain.Enrolments;
using MentorFlow.Durable.Storage;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using Microsoft.Playwright;

namespace MentorFlow.Browser.Tests;

/// <summary>The enrolment form as a person meets it: opened from the programme's link, filled in, corrected, sent.</summary>
public sealed class EnrolmentFormInTheBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [Fact]
    public async Task A_mentee_fills_the_form_corrects_the_field_the_page_names_and_is_enrolled_once()
    {
        var email = $"lena.{Guid.NewGuid():N}"[..18] + "@example.org";
        var journeysBefore = await MenteeJourneysAsync();
        var page = await host.NewPageAsync();
        await page.GotoAsync($"api/programmes/{LifecycleHostFactory.Programme.Value}/enrolments?role=mentee");

        await page.GetByLabel("Your name", Exact).FillAsync("Lena Park");
        await page.GetByLabel("Your email", Exact).FillAsync("lena-at-example.org");
        await page.GetByLabel("Time zone", Exact).FillAsync("Europe/London");
        await page.GetByLabel("Languages you speak", Exact).FillAsync("en, ko");
        await page.GetByLabel("Seniority level", Exact).FillAsync("3");
        await page.GetByLabel("Years of experience", Exact).FillAsync("5");
        await page.GetByLabel("Industry", Exact).FillAsync("banking");
        await page.GetByLabel("Video call", Exact).CheckAsync();
        var slot = page.GetByRole(AriaRole.Group, new() { Name = "Weekly availability 1" });
        await slot.GetByLabel("Day").SelectOptionAsync("monday");
        await slot.GetByLabel("From").FillAsync("09:00");
        await slot.GetByLabel("Until").FillAsync("11:00");
        var goal = page.GetByRole(AriaRole.Group, new() { Name = "Goal 1" });
        await goal.GetByLabel("What you want to achieve").FillAsync("Prepare for a promotion to associate director");
        await goal.GetByLabel("Topics").FillAsync("leadership, career advancement");
        await page.GetByLabel("Skills you want to learn", Exact).FillAsync("negotiation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Enrol as a mentee" }).ClickAsync();

        var summary = await page.GetByRole(AriaRole.Alert).TextContentAsync();
        var invalid = await page.GetByLabel("Your email", Exact).GetAttributeAsync("aria-invalid");
        var keptName = await page.GetByLabel("Your name", Exact).InputValueAsync();
        await page.GetByLabel("Your email", Exact).FillAsync(email);
        var sent = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Enrol as a mentee" }).ClickAsync(), response => response.Request.Method == "POST");

        Assert.Contains("Your email:", summary, StringComparison.Ordinal);
        Assert.Equal("true", invalid);
        Assert.Equal("Lena Park", keptName);
        Assert.Equal(202, sent.Status);
        Assert.Equal("Thank you for enrolling", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var journey = JourneyIds.MenteeJourney(LifecycleHostFactory.Programme, ParticipantId.For(LifecycleHostFactory.Programme, EmailAddress.Parse(email, "email").Value));
        Assert.Equal(journeysBefore.Append(journey).Order(StringComparer.Ordinal), await MenteeJourneysAsync());
    }

    private async Task<List<string>> MenteeJourneysAsync()
    {
        var query = new InstanceQuery(InstanceIdPrefix: JourneyIds.MenteeJourneyPrefix(LifecycleHostFactory.Programme), PageSize: 1000);
        return [.. (await host.App.DurableClient.GetInstancesAsync(query)).Instances.Select(i => i.InstanceId).Order(StringComparer.Ordinal)];
    }
}
