using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Programmes;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Tests.Storage.Mentoring;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>Slots from the participants' free/busy through the real SDK pipeline, with their weekly availability as a limit.</summary>
public sealed class GraphMeetingSlotFinderTests
{
    // Monday 2 March 2026: Berlin is UTC+1, so the mentee's Monday 09:00-11:00 is 08:00-10:00 UTC.
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly Programme Programme = Domain.Programmes.Programme.Create(MentoringData.Programme(MentoringData.NewProgrammeId())).Value;
    private static readonly ParticipantProfile Mentee = Enrolment.FromDraft(MentoringData.Mentee("Ada Mentee"), Programme, MentoringData.At).Value.Profile;
    private static readonly ParticipantProfile Mentor = Enrolment.FromDraft(
        MentoringData.Mentor("Grace Mentor") with { Channels = ["video"], Availability = [new SlotDraft { Day = "monday", Start = "00:00", End = "24:00" }] },
        Programme,
        MentoringData.At).Value.Profile;

    private static SlotQuery Query => new([Mentee, Mentor], Monday, Monday.AddDays(7), TimeSpan.FromHours(1));

    [Fact]
    public async Task The_meeting_goes_at_the_first_time_both_mailboxes_are_free_inside_the_weekly_availability()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        graph.Busy("ada.mentee@example.org", Monday.AddHours(8), Monday.AddHours(9));

        var slot = await new GraphMeetingSlotFinder(GraphWire.Calendar(graph), NullLogger<GraphMeetingSlotFinder>.Instance).FindAsync(Query, CancellationToken.None);

        Assert.Equal((Monday.AddHours(9), true), (slot.StartsAt, slot.InEveryonesAvailability));
        Assert.Equal(Monday.AddHours(8), MeetingSlot.Choose(Query.People, Query.WindowStart, Query.WindowEnd, Query.Duration).StartsAt);
    }

    [Fact]
    public async Task When_no_free_time_fits_or_Graph_cannot_answer_the_embedded_choice_is_the_default_slot()
    {
        await using var graph = await FakeGraphCalendar.StartAsync();
        graph.Busy("grace.mentor@example.org", Monday, Monday.AddDays(7));
        var finder = new GraphMeetingSlotFinder(GraphWire.Calendar(graph), NullLogger<GraphMeetingSlotFinder>.Instance);
        await using var down = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(503, """{"error":{"code":"ServiceUnavailable","message":"down"}}"""));
        var unreachable = new GraphMeetingSlotFinder(GraphWire.Calendar(down, maxRetries: 0), NullLogger<GraphMeetingSlotFinder>.Instance);

        var busy = await finder.FindAsync(Query, CancellationToken.None);
        var failed = await unreachable.FindAsync(Query, CancellationToken.None);

        Assert.Equal(Monday.AddHours(8), busy.StartsAt);
        Assert.Equal(Monday.AddHours(8), failed.StartsAt);
        Assert.Single(down.Requests);
    }

    [Fact]
    public void Times_outside_the_weekly_availability_count_as_busy()
    {
        var busy = GraphMeetingSlotFinder.OutsideAvailability(Mentee, Monday, Monday.AddDays(1));

        Assert.Equal([new(Monday, Monday.AddHours(8)), new(Monday.AddHours(10), Monday.AddDays(1))], busy);
        // New York's Monday is 05:00 UTC to Tuesday 05:00 UTC.
        Assert.Equal([new(Monday, Monday.AddHours(5))], GraphMeetingSlotFinder.OutsideAvailability(Mentor, Monday, Monday.AddDays(1)));
    }
}
