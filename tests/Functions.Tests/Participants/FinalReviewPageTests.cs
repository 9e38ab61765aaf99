using System.Net;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Tests.Participants;

public sealed class FinalReviewPageTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly PageClient _pages = new(host.CreateClient());

    [Fact]
    public async Task The_final_review_form_asks_for_a_rating_what_went_well_and_what_to_carry_forward()
    {
        var bed = await JourneyBed.StartAsync(host, "final-review-show");

        var page = await _pages.GetAsync(bed.Link(LinkAction.FinalReview, bed.MentorshipId));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var field in new[] { "name=\"rating\"", "name=\"wentWell\"", "name=\"carryForward\"" })
        {
            Assert.Contains(field, page.Html, StringComparison.Ordinal);
        }

        Assert.Contains("your rating stays private", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_final_review_raises_the_event_for_the_links_side_and_the_link_then_is_used()
    {
        var bed = await JourneyBed.StartAsync(host, "final-review-valid");
        var link = bed.Link(LinkAction.FinalReview, bed.MentorshipId, participant: bed.Mentor);

        var done = await _pages.PostAsync(link, ("rating", "4"), ("wentWell", "She led the supplier negotiation herself."), ("carryForward", "Prepare each meeting with an agenda."));
        var again = await _pages.PostAsync(link, ("rating", "1"), ("wentWell", "Changed my mind."), ("carryForward", ""));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.FinalReviewSubmitted, name);
        var review = DurableJson.Deserialize<FinalReviewSubmitted>(payload)!;
        Assert.Equal((bed.MentorshipId, MentorshipRole.Mentor, 4), (review.MentorshipId, review.By, review.Draft.Rating));
        Assert.Equal("She led the supplier negotiation herself.", review.Draft.WentWell);
        Assert.Equal("Prepare each meeting with an agenda.", review.Draft.CarryForward);
    }

    [Fact]
    public async Task An_incomplete_final_review_is_400_naming_each_field_and_the_link_still_works()
    {
        var bed = await JourneyBed.StartAsync(host, "final-review-invalid");
        var link = bed.Link(LinkAction.FinalReview, bed.MentorshipId);

        var refused = await _pages.PostAsync(link, ("rating", "lots"), ("wentWell", " "), ("carryForward", new string('x', 2001)));
        var done = await _pages.PostAsync(link, ("rating", "5"), ("wentWell", "Regular, honest conversations."));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.ErrorFor("rating"));
        Assert.NotNull(refused.ErrorFor("wentWell"));
        Assert.NotNull(refused.ErrorFor("carryForward"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (_, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(MentorshipRole.Mentee, DurableJson.Deserialize<FinalReviewSubmitted>(payload)!.By);
    }
}
