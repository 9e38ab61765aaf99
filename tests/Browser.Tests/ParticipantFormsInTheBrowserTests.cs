using System.Globalization;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;
using Microsoft.Playwright;

namespace MentorFlow.Browser.Tests;

/// <summary>A participant's links as a person meets them: opened in a real browser, filled in, submitted.</summary>
public sealed class ParticipantFormsInTheBrowserTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_mentor_accepts_a_match_and_opening_the_used_link_again_is_refused()
    {
        var bed = await JourneyBed.StartAsync(host.App, "browser-accept", menteeName: "Ana Ruiz");
        var link = bed.Link(LinkAction.Accept, bed.MentorshipId);
        var page = await host.NewPageAsync();

        await page.GotoAsync(link);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and mentor Ana Ruiz" }).ClickAsync();
        var accepted = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();

        var reopened = await page.GotoAsync(link);

        Assert.Equal("Thank you for accepting", accepted);
        Assert.Equal(410, reopened!.Status);
        Assert.Equal(0, await page.GetByRole(AriaRole.Button).CountAsync());
        Assert.Equal("This link was already used", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        Assert.Equal(JourneyEvents.MatchResponse, Assert.Single(await bed.EventsAsync()).Name);
    }

    [Fact]
    public async Task A_mentee_corrects_the_goal_the_page_marks_and_submits_the_agreement()
    {
        var bed = await JourneyBed.StartAsync(host.App, "browser-agreement");
        var page = await host.NewPageAsync();
        await page.GotoAsync(bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId));
        var goal = page.GetByRole(AriaRole.Group, new() { Name = "Goal 1" });

        await goal.GetByLabel("What will you do?").FillAsync("get better");
        await goal.GetByLabel("How will you measure progress?").FillAsync("Talks given at the internal meetup");
        await goal.GetByLabel("What target means the goal is met?").FillAsync("Two talks");
        await goal.GetByLabel("By when?").FillAsync(DateTime.UtcNow.AddMonths(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await goal.GetByLabel("Why does it matter to you?").FillAsync("Speaking up is part of the senior role.");
        await page.GetByLabel("The mentee's responsibilities").FillAsync("Draft each talk a week ahead");
        await page.GetByLabel("The mentor's responsibilities").FillAsync("Review the drafts");
        await page.GetByLabel("How often will you meet?").SelectOptionAsync("monthly");
        await page.GetByLabel("Video call").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the agreement" }).ClickAsync();

        var description = page.GetByRole(AriaRole.Group, new() { Name = "Goal 1" }).GetByLabel("What will you do?");
        var error = await page.Locator("#goals-0-description-error").TextContentAsync();
        var keptMeasure = await page.GetByRole(AriaRole.Group, new() { Name = "Goal 1" }).GetByLabel("How will you measure progress?").InputValueAsync();
        var invalid = await description.GetAttributeAsync("aria-invalid");
        await description.FillAsync("Give two talks on our payments architecture");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the agreement" }).ClickAsync();

        Assert.Contains("specific", error, StringComparison.Ordinal);
        Assert.Equal("true", invalid);
        Assert.Equal("Talks given at the internal meetup", keptMeasure);
        Assert.Equal("Agreement sent", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var submitted = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.AgreementSubmitted, submitted.Name);
        Assert.Contains("payments architecture", submitted.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_participant_fills_in_and_sends_the_check_in()
    {
        var bed = await JourneyBed.StartAsync(host.App, "browser-check-in");
        var page = await host.NewPageAsync();
        await page.GotoAsync(bed.Link(LinkAction.CheckIn, $"{bed.MentorshipId}/2"));

        await page.GetByLabel("Goal 1", new() { Exact = true }).FillAsync("60");
        await page.GetByLabel("Goal 2 (if you have it)").FillAsync("30");
        await page.GetByLabel("How satisfied are you with the mentorship?").SelectOptionAsync("4");
        await page.GetByLabel("Scheduling conflicts").CheckAsync();
        await page.GetByLabel("Next steps").FillAsync("Fix a standing slot.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the check-in" }).ClickAsync();

        Assert.Equal("Check-in sent", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync());
        var checkIn = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.CheckInSubmitted, checkIn.Name);
        Assert.Contains("\"progress\":[60,30]", checkIn.Payload, StringComparison.Ordinal);
    }
}
