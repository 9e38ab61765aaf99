using System.Net;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Tests.Participants;

public sealed class CheckInPageTests(LifecycleHostFactory host) : IClassFixture<LifecycleHostFactory>
{
    private readonly PageClient _pages = new(host.CreateClient());

    [Fact]
    public async Task A_check_in_sends_progress_per_goal_satisfaction_and_challenges_for_the_linked_cycle()
    {
        var bed = await JourneyBed.StartAsync(host, "check-in-valid");

        var done = await _pages.PostAsync(
            bed.Link(LinkAction.CheckIn, $"{bed.MentorshipId}/3", participant: bed.Mentor),
            ("progress[0]", "40"), ("progress[1]", "75"), ("progress[2]", ""),
            ("satisfaction", "4"), ("challenges", "schedulingConflicts"), ("notes", "Two sessions moved."), ("nextSteps", "Book the next three dates."));

        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (name, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(JourneyEvents.CheckInSubmitted, name);
        var checkIn = DurableJson.Deserialize<CheckInSubmitted>(payload)!;
        Assert.Equal((bed.MentorshipId, MentorshipRole.Mentor, 3), (checkIn.MentorshipId, checkIn.By, checkIn.Cycle));
        Assert.Equal([40, 75], checkIn.Draft.Progress!);
        Assert.Equal(4, checkIn.Draft.Satisfaction);
        Assert.Equal(["schedulingConflicts"], checkIn.Draft.Challenges!);
        Assert.Equal("Book the next three dates.", checkIn.Draft.NextSteps);
    }

    [Fact]
    public async Task An_invalid_check_in_is_400_with_each_error_at_its_field_and_the_link_still_works_afterwards()
    {
        var bed = await JourneyBed.StartAsync(host, "check-in-invalid");
        var link = bed.Link(LinkAction.CheckIn, $"{bed.MentorshipId}/1");

        var refused = await _pages.PostAsync(link, ("progress[0]", "150"), ("progress[1]", "lots"), ("satisfaction", ""), ("challenges", "other"));
        var done = await _pages.PostAsync(link, ("progress[0]", "20"), ("satisfaction", "2"), ("challenges", "burnout"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.NotNull(refused.ErrorFor("progress-0"));
        Assert.NotNull(refused.ErrorFor("progress-1"));
        Assert.NotNull(refused.ErrorFor("satisfaction"));
        Assert.NotNull(refused.ErrorFor("notes"));
        Assert.Equal(HttpStatusCode.OK, done.Status);
        var (_, payload) = Assert.Single(await bed.EventsAsync());
        Assert.Equal(MentorshipRole.Mentee, DurableJson.Deserialize<CheckInSubmitted>(payload)!.By);
    }
}
