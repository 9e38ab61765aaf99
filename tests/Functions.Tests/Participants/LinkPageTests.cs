using System.Net;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Tests.Participants;

public sealed class LinkPageTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly PageClient _pages = new(host.CreateClient());

    public static TheoryData<string> Actions => new(Enum.GetValues<LinkAction>().Select(LinkActionNames.Name));

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task Opening_a_link_shows_a_page_whose_form_posts_back_to_the_same_link(string actionName)
    {
        Assert.True(LinkActionNames.TryParse(actionName, out var action));
        var bed = await JourneyBed.StartAsync(host, "show-" + actionName);
        var link = bed.Link(action, ArgumentFor(action, bed));

        var page = await _pages.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.ContentType);
        Assert.Equal(Uri.UnescapeDataString(link), Uri.UnescapeDataString(page.FormAction!));
        Assert.Equal("no-store", page.Headers["Cache-Control"]);
        Assert.Equal("no-referrer", page.Headers["Referrer-Policy"]);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task The_accept_page_names_the_mentee_and_accepting_tells_the_journey()
    {
        var bed = await JourneyBed.StartAsync(host, "accept", menteeName: "Ana Ruiz");
        var link = bed.Link(LinkAction.Accept, bed.MentorshipId);

        var shown = await _pages.GetAsync(link);
        var done = await _pages.PostAsync(link);

        Assert.Contains("Ana Ruiz", shown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("Thank you for accepting", done.Html, StringComparison.Ordinal);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.MatchResponse, name);
        Assert.Equal(new MatchResponse(bed.MentorshipId, true), DurableJson.Deserialize<MatchResponse>(payload));
    }

    [Fact]
    public async Task Declining_tells_the_journey_the_mentor_declined()
    {
        var bed = await JourneyBed.StartAsync(host, "decline");

        var done = await _pages.PostAsync(bed.Link(LinkAction.Decline, bed.MentorshipId));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.MatchResponse, name);
        Assert.Equal(new MatchResponse(bed.MentorshipId, false), DurableJson.Deserialize<MatchResponse>(payload));
    }

    [Fact]
    public async Task The_choose_page_names_the_suggested_mentor_and_choosing_tells_the_journey_which()
    {
        var bed = await JourneyBed.StartAsync(host, "choose", mentorName: "Dr. Lee");
        var link = bed.Link(LinkAction.Choose, $"{bed.MentorshipId}/{bed.Mentor.Value}");

        var shown = await _pages.GetAsync(link);
        var done = await _pages.PostAsync(link);

        Assert.Contains("Choose Dr. Lee as your mentor", shown.Html, StringComparison.Ordinal);
        Assert.Contains("You chose Dr. Lee", done.Html, StringComparison.Ordinal);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.MentorChosen, name);
        Assert.Equal(new MentorChosen(bed.MentorshipId, bed.Mentor.Value), DurableJson.Deserialize<MentorChosen>(payload));
    }

    [Fact]
    public async Task Confirming_the_agreement_confirms_the_revision_the_link_names_for_the_linked_side()
    {
        var bed = await JourneyBed.StartAsync(host, "confirm");
        var link = bed.Link(LinkAction.ConfirmAgreement, $"{bed.MentorshipId}/2", participant: bed.Mentor);

        var shown = await _pages.GetAsync(link);
        var done = await _pages.PostAsync(link);

        Assert.Contains("revision 2", shown.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.AgreementConfirmed, name);
        Assert.Equal(new AgreementConfirmed(bed.MentorshipId, MentorshipRole.Mentor, 2), DurableJson.Deserialize<AgreementConfirmed>(payload));
    }

    [Fact]
    public async Task Asking_to_end_early_sends_the_reason_as_entered_as_the_mentee()
    {
        var bed = await JourneyBed.StartAsync(host, "early-close");

        var done = await _pages.PostAsync(bed.Link(LinkAction.EarlyClose, bed.MentorshipId), ("reason", "  I changed roles and have no time.  "));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.EarlyCloseRequested, name);
        Assert.Equal(new EarlyCloseRequested(bed.MentorshipId, CloseRequester.Mentee, "  I changed roles and have no time.  "), DurableJson.Deserialize<EarlyCloseRequested>(payload));
    }

    [Fact]
    public async Task Asking_to_end_early_without_a_reason_is_400_with_the_error_at_the_reason_and_the_link_still_works()
    {
        var bed = await JourneyBed.StartAsync(host, "early-close-empty");
        var link = bed.Link(LinkAction.EarlyClose, bed.MentorshipId, participant: bed.Mentor);

        var refused = await _pages.PostAsync(link, ("reason", "   "));
        var done = await _pages.PostAsync(link, ("reason", "We both agree it is complete."));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.ErrorFor("reason"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (_, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(CloseRequester.Mentor, DurableJson.Deserialize<EarlyCloseRequested>(payload)!.By);
    }

    [Fact]
    public async Task Pausing_pauses_the_mentor_of_the_intake_and_says_how_many_proposals_were_withdrawn()
    {
        var bed = await JourneyBed.StartAsync(host, "pause");
        host.MentorPause.OpenProposals = 2;

        var done = await _pages.PostAsync(bed.Link(LinkAction.Pause, argument: null));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Contains("The 2 proposals waiting for your answer were withdrawn.", done.Html, StringComparison.Ordinal);
        Assert.Contains((LifecycleHostFactory.Programme, bed.Mentor), host.MentorPause.Paused);
    }

    [Fact]
    public async Task Names_from_the_stores_are_html_encoded()
    {
        var bed = await JourneyBed.StartAsync(host, "hostile-name", menteeName: "<img src=x onerror=alert(1)>");

        var shown = await _pages.GetAsync(bed.Link(LinkAction.Accept, bed.MentorshipId));

        Assert.DoesNotContain("<img", shown.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", shown.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_to_a_journey_that_has_finished_is_410_and_a_link_to_none_is_404()
    {
        var finished = await JourneyBed.StartAsync(host, "finished");
        await finished.FinishAsync();
        var missing = JourneyBed.WithoutJourney(host, "never-started");

        var ended = await _pages.PostAsync(finished.Link(LinkAction.Accept, finished.MentorshipId));
        var unknown = await _pages.GetAsync(missing.Link(LinkAction.Accept, missing.MentorshipId));

        Assert.Equal(HttpStatusCode.Gone, ended.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task A_genuine_link_whose_mentorship_belongs_to_another_journey_is_refused_as_damaged()
    {
        var bed = await JourneyBed.StartAsync(host, "foreign-mentorship");
        var other = JourneyBed.WithoutJourney(host, "someone-else");

        var refused = await _pages.PostAsync(bed.Link(LinkAction.Accept, other.MentorshipId));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task A_confirm_link_that_does_not_name_the_revision_is_refused_as_damaged()
    {
        var bed = await JourneyBed.StartAsync(host, "confirm-no-revision");

        var refused = await _pages.PostAsync(bed.Link(LinkAction.ConfirmAgreement, bed.MentorshipId, participant: bed.Mentor));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task An_unknown_action_is_404()
    {
        var bed = await JourneyBed.StartAsync(host, "unknown-action");
        var link = bed.Link(LinkAction.Accept, bed.MentorshipId).Replace("/accept?", "/promote?", StringComparison.Ordinal);

        var page = await _pages.PostAsync(link);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Empty(await bed.EventsAsync());
    }

    internal static string? ArgumentFor(LinkAction action, JourneyBed bed) => action switch
    {
        LinkAction.Choose => $"{bed.MentorshipId}/{bed.Mentor.Value}",
        LinkAction.CheckIn => $"{bed.MentorshipId}/1",
        LinkAction.ConfirmAgreement => $"{bed.MentorshipId}/1",
        LinkAction.Pause => null,
        _ => bed.MentorshipId,
    };
}
