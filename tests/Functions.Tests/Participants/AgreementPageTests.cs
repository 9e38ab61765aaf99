using System.Net;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Tests.Participants;

public sealed class AgreementPageTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly PageClient _pages = new(host.CreateClient());

    [Fact]
    public async Task Submitting_the_agreement_sends_the_draft_as_the_form_held_it()
    {
        var bed = await JourneyBed.StartAsync(host, "agreement-valid");

        var done = await _pages.PostAsync(bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId), new AgreementFormBuilder().Build());

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.AgreementSubmitted, name);
        var submitted = DurableJson.Deserialize<AgreementSubmitted>(payload)!;
        Assert.Equal(bed.MentorshipId, submitted.MentorshipId);
        Assert.Equal(MentorshipRole.Mentee, submitted.By);
        var goal = Assert.Single(submitted.Draft.Goals!);
        Assert.Equal("Lead the quarterly planning meeting for my team", goal.Description);
        Assert.Equal(TimeSpan.Zero, goal.TargetDate!.Value.Offset);
        Assert.Equal(["Prepare an agenda before each meeting", "Follow up on agreed actions"], submitted.Draft.MenteeResponsibilities!);
        Assert.Equal(["video", "chat"], submitted.Draft.Channels!);
        Assert.Equal("fortnightly", submitted.Draft.MeetingCadence);
        Assert.Equal(24, submitted.Draft.ExpectedResponseHours);
        Assert.Null(submitted.Draft.Confidentiality);
    }

    [Fact]
    public async Task The_mentor_suggesting_an_edit_submits_it_as_the_mentor()
    {
        var bed = await JourneyBed.StartAsync(host, "agreement-mentor");

        var done = await _pages.PostAsync(bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId, participant: bed.Mentor), new AgreementFormBuilder().Build());

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (_, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(MentorshipRole.Mentor, DurableJson.Deserialize<AgreementSubmitted>(payload)!.By);
    }

    [Fact]
    public async Task An_agreement_that_breaks_the_smart_rules_is_400_with_each_error_at_its_field_and_nothing_raised()
    {
        var bed = await JourneyBed.StartAsync(host, "agreement-invalid");
        var form = new AgreementFormBuilder()
            .With("goals[0].description", "get better")
            .With("goals[0].targetDate", "2001-01-01")
            .With("goals[1].measure", "Talks given")
            .With("expectedResponseHours", "soon")
            .WithoutChannels()
            .Build();

        var refused = await _pages.PostAsync(bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId), form);

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("specific", refused.ErrorFor("goals-0-description"), StringComparison.Ordinal);
        Assert.Contains("time-bound", refused.ErrorFor("goals-0-targetDate"), StringComparison.Ordinal);
        Assert.NotNull(refused.ErrorFor("goals-1-description"));
        Assert.NotNull(refused.ErrorFor("expectedResponseHours"));
        Assert.NotNull(refused.ErrorFor("channels"));
        Assert.Contains("value=\"Talks given\"", refused.Html, StringComparison.Ordinal);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task After_an_invalid_agreement_the_same_link_still_submits_the_corrected_one()
    {
        var bed = await JourneyBed.StartAsync(host, "agreement-corrected");
        var link = bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId);

        var refused = await _pages.PostAsync(link, new AgreementFormBuilder().With("menteeResponsibilities", "").Build());
        var done = await _pages.PostAsync(refused.FormAction!, new AgreementFormBuilder().Build());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.ErrorFor("menteeResponsibilities"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(JourneyEvents.AgreementSubmitted, Assert.Single(await bed.EventsAsync()).Name);
    }

    [Fact]
    public async Task Hostile_input_comes_back_html_encoded()
    {
        var bed = await JourneyBed.StartAsync(host, "agreement-hostile");
        const string Hostile = "\"><script>alert('x')</script>";

        var refused = await _pages.PostAsync(
            bed.Link(LinkAction.SubmitAgreement, bed.MentorshipId),
            new AgreementFormBuilder().With("goals[0].target", Hostile).With("mentorResponsibilities", Hostile).With("goals[0].measure", "").Build());

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.DoesNotContain("<script", refused.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", refused.Html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", refused.Headers.Keys);
    }
}
