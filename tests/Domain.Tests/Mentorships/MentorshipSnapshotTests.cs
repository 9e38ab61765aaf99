using System.Text.Json;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Tests.Mentorships;

public class MentorshipSnapshotTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_stored_mentorship_comes_back_with_its_status_history_and_early_close()
    {
        var mentorship = new MentorshipBuilder().InStatus(MentorshipStatus.Active).Build();
        mentorship.RequestEarlyClose(EarlyCloseRequest.Create(CloseRequester.Mentee, "New job abroad", MentorshipBuilder.ProposedAt.AddDays(20)).Value);

        var json = JsonSerializer.Serialize(mentorship.ToSnapshot(), WebJson);
        var restored = Mentorship.Restore(JsonSerializer.Deserialize<MentorshipSnapshot>(json, WebJson)!).Value;

        Assert.Contains("\"earlyCloseReason\":\"New job abroad\"", json, StringComparison.Ordinal);
        Assert.Equal(MentorshipStatus.Closing, restored.Status);
        Assert.Equal(mentorship.History, restored.History);
        Assert.Equal(CloseRequester.Mentee, restored.EarlyClose!.RequestedBy);
        Assert.Equal(MentorshipBuilder.ProposedAt.AddDays(20), restored.EarlyClose.RequestedAt);
        Assert.True(restored.Close(MentorshipBuilder.ProposedAt.AddDays(21)).IsSuccess);
    }

    [Fact]
    public void A_stored_group_comes_back_with_all_its_mentees()
    {
        var group = Mentorship.ProposeGroup("ms-g", "prog-1", "mentor-1", ["mentee-1"], 3, MentorshipBuilder.ProposedAt).Value;
        group.AddMentee("mentee-2");

        var restored = Mentorship.Restore(group.ToSnapshot()).Value;

        Assert.Equal(["mentee-1", "mentee-2"], restored.MenteeIds);
        Assert.Equal(3, restored.Capacity);
    }

    [Fact]
    public void A_history_that_skips_a_step_is_refused_where_it_goes_wrong()
    {
        var snapshot = new MentorshipBuilder().Build().ToSnapshot() with
        {
            History =
            [
                new MentorshipTransition(null, MentorshipStatus.Proposed, MentorshipBuilder.ProposedAt),
                new MentorshipTransition(MentorshipStatus.Proposed, MentorshipStatus.Active, MentorshipBuilder.ProposedAt.AddHours(1)),
            ],
        };

        var error = Assert.Single(Mentorship.Restore(snapshot).Errors);

        Assert.Equal("history[1]", error.Field);
        Assert.Contains("from Proposed to Active", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_history_whose_steps_do_not_join_up_is_refused()
    {
        var snapshot = new MentorshipBuilder().Build().ToSnapshot() with
        {
            History =
            [
                new MentorshipTransition(null, MentorshipStatus.Proposed, MentorshipBuilder.ProposedAt),
                new MentorshipTransition(MentorshipStatus.Accepted, MentorshipStatus.AgreementPending, MentorshipBuilder.ProposedAt.AddHours(1)),
            ],
        };

        Assert.Equal("history[1]", Assert.Single(Mentorship.Restore(snapshot).Errors).Field);
    }

    [Fact]
    public void A_pair_stored_with_two_mentees_is_refused()
    {
        var snapshot = new MentorshipBuilder().Build().ToSnapshot() with { MenteeIds = ["mentee-1", "mentee-2"] };

        Assert.Equal("menteeIds", Assert.Single(Mentorship.Restore(snapshot).Errors).Field);
    }

    [Fact]
    public void An_early_close_without_a_closing_step_is_refused()
    {
        var snapshot = new MentorshipBuilder().InStatus(MentorshipStatus.Active).Build().ToSnapshot() with
        {
            EarlyCloseRequestedBy = CloseRequester.Mentor,
            EarlyCloseReason = "Busy",
        };

        Assert.Equal("earlyCloseRequestedBy", Assert.Single(Mentorship.Restore(snapshot).Errors).Field);
    }
}
