using System.Net;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Tests.Participants;

/// <summary>Every refused link answers its status with a small page and changes nothing: the journey gets no event.</summary>
public sealed class LinkRefusalTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly PageClient _pages = new(host.CreateClient());

    [Fact]
    public async Task A_link_with_a_forged_signature_is_401_on_open_and_on_post()
    {
        var bed = await JourneyBed.StartAsync(host, "forged");
        var genuine = bed.Link(LinkAction.Accept, bed.MentorshipId);
        var forged = genuine[..^4] + (genuine[^4] == 'A' ? "B" : "A") + genuine[^3..];

        var opened = await _pages.GetAsync(forged);
        var posted = await _pages.PostAsync(forged);
        var missing = await _pages.PostAsync(genuine[..genuine.IndexOf('?', StringComparison.Ordinal)]);

        Assert.Equal(HttpStatusCode.Unauthorized, opened.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, posted.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Equal("text/html", posted.ContentType);
        Assert.Null(posted.FormAction);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task A_token_for_another_journey_is_403()
    {
        var bed = await JourneyBed.StartAsync(host, "other-journey");
        var other = await JourneyBed.StartAsync(host, "other-journey-2");
        var token = other.Link(LinkAction.Accept, other.MentorshipId).Split("?token=")[1];
        var link = bed.Link(LinkAction.Accept, bed.MentorshipId).Split("?token=")[0] + "?token=" + token;

        var posted = await _pages.PostAsync(link);

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.Empty(await bed.EventsAsync());
        Assert.Empty(await other.EventsAsync());
    }

    [Fact]
    public async Task A_token_for_another_action_is_403()
    {
        var bed = await JourneyBed.StartAsync(host, "other-action");
        var declineLink = bed.Link(LinkAction.Decline, bed.MentorshipId);

        var posted = await _pages.PostAsync(declineLink.Replace("/decline?", "/accept?", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, posted.Status);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task An_expired_link_is_410()
    {
        var bed = await JourneyBed.StartAsync(host, "expired");
        var link = bed.ExpiredLink(LinkAction.Accept, bed.MentorshipId);

        var opened = await _pages.GetAsync(link);
        var posted = await _pages.PostAsync(link);

        Assert.Equal(HttpStatusCode.Gone, opened.Status);
        Assert.Equal(HttpStatusCode.Gone, posted.Status);
        Assert.Contains("expired", posted.Html, StringComparison.Ordinal);
        Assert.Empty(await bed.EventsAsync());
    }

    [Fact]
    public async Task A_used_link_is_410_when_opened_or_posted_again_and_acts_only_once()
    {
        var bed = await JourneyBed.StartAsync(host, "reused");
        var link = bed.Link(LinkAction.Accept, bed.MentorshipId);

        var first = await _pages.PostAsync(link);
        var reopened = await _pages.GetAsync(link);
        var second = await _pages.PostAsync(link);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.Gone, reopened.Status);
        Assert.Null(reopened.FormAction);
        Assert.Equal(HttpStatusCode.Gone, second.Status);
        Assert.Contains("already used", second.Html, StringComparison.Ordinal);
        Assert.Single(await bed.EventsAsync());
    }

    [Fact]
    public async Task Two_posts_of_one_link_at_once_act_once()
    {
        var bed = await JourneyBed.StartAsync(host, "racing");
        var link = bed.Link(LinkAction.Decline, bed.MentorshipId);

        var pages = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _pages.PostAsync(link)));

        Assert.Single(pages, p => p.Status == HttpStatusCode.OK);
        Assert.All(pages.Where(p => p.Status != HttpStatusCode.OK), p => Assert.Equal(HttpStatusCode.Gone, p.Status));
        Assert.Single(await bed.EventsAsync());
    }

    [Fact]
    public async Task A_form_over_the_size_limit_is_413_and_leaves_the_link_unused()
    {
        var bed = await JourneyBed.StartAsync(host, "oversized");
        var link = bed.Link(LinkAction.EarlyClose, bed.MentorshipId);

        var refused = await _pages.PostAsync(link, ("reason", new string('x', 100_000)));
        var done = await _pages.PostAsync(link, ("reason", "Finished early."));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.Status);
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Single(await bed.EventsAsync());
    }
}
