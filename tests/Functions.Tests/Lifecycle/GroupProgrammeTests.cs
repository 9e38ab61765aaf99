using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class GroupProgrammeTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task Mentees_of_one_group_share_one_review_event_per_cycle_and_the_mentor_gets_one_invite()
    {
        await using var host = NewHost();
        var programme = await host.AddProgrammeAsync(DemoProgramme(type: "group", capacity: 3));
        var mentor = await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var drafts = new[] { Mentee("Ana Mentee"), Mentee("Ben Mentee") };
        var journeys = new List<string>();
        foreach (var draft in drafts)
        {
            var journey = await host.EnrolMenteeAsync(programme, draft);
            var mentorshipId = await host.AcceptAsync(journey);
            Assert.Equal(mentor.Value, (await host.WaitForStageAsync(journey, JourneyStages.Agreement)).MentorId);
            await host.AgreeAsync(journey, mentorshipId);
            journeys.Add(journey);
        }

        var meetings = new List<JourneyStatus>();
        foreach (var journey in journeys)
        {
            meetings.Add(await host.WaitForStageAsync(journey, JourneyStages.Review, "review meeting 1"));
        }

        Assert.Single(meetings.Select(m => m.Until).Distinct());
        var groupKey = $"group:{programme.Id.Value}:{mentor.Value}:review:";
        var invites = host.Outbox().Where(e => e.Key.StartsWith("meeting/" + groupKey, StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, invites.Length);
        Assert.Single(invites.Select(i => i.CalendarProperty("UID")).Distinct());
        Assert.Single(invites, i => i.To.Contains(Email("Max Mentor"), StringComparison.Ordinal));
        Assert.All(drafts, d => Assert.Single(invites, i => i.To.Contains(d.Email!, StringComparison.Ordinal)));
        Assert.Equal(2, (await host.Capacity.ReadAsync(programme.Id, CancellationToken.None)).Holdings.Count);
    }
}
