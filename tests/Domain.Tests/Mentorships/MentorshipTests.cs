using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Agreements;

namespace MentorFlow.Domain.Tests.Mentorships;

public class MentorshipTests
{
    // The lifecycle as the issue states it, written out independently of the implementation's table.
    private static readonly Dictionary<MentorshipStatus, MentorshipStatus[]> Legal = new()
    {
        [MentorshipStatus.Proposed] = [MentorshipStatus.Accepted, MentorshipStatus.Declined, MentorshipStatus.Cancelled],
        [MentorshipStatus.Accepted] = [MentorshipStatus.AgreementPending, MentorshipStatus.Cancelled],
        [MentorshipStatus.AgreementPending] = [MentorshipStatus.Active, MentorshipStatus.Cancelled],
        [MentorshipStatus.Active] = [MentorshipStatus.Closing],
        [MentorshipStatus.Closing] = [MentorshipStatus.Closed],
        [MentorshipStatus.Closed] = [],
        [MentorshipStatus.Declined] = [],
        [MentorshipStatus.Cancelled] = [],
    };

    public static TheoryData<MentorshipStatus, MentorshipStatus> LegalMoves()
    {
        var data = new TheoryData<MentorshipStatus, MentorshipStatus>();
        foreach (var (from, targets) in Legal)
        {
            foreach (var to in targets)
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<MentorshipStatus, MentorshipStatus> IllegalMoves()
    {
        var data = new TheoryData<MentorshipStatus, MentorshipStatus>();
        foreach (var from in Enum.GetValues<MentorshipStatus>())
        {
            foreach (var to in Enum.GetValues<MentorshipStatus>().Where(t => t != MentorshipStatus.Proposed && !Legal[from].Contains(t)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void A_legal_move_changes_the_status_and_records_it_with_the_time_given(MentorshipStatus from, MentorshipStatus to)
    {
        var mentorship = new MentorshipBuilder().InStatus(from).Build();
        var at = mentorship.History[^1].At.AddMinutes(30);

        var moved = MentorshipBuilder.Attempt(mentorship, to, at);

        Assert.True(moved.IsSuccess);
        Assert.Equal(to, mentorship.Status);
        Assert.Equal(new MentorshipTransition(from, to, at), mentorship.History[^1]);
        Assert.Equal(moved.Value, mentorship.History[^1]);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void An_illegal_move_is_refused_naming_both_statuses_and_changes_nothing(MentorshipStatus from, MentorshipStatus to)
    {
        var mentorship = new MentorshipBuilder().InStatus(from).Build();
        var historyBefore = mentorship.History.ToList();

        var moved = MentorshipBuilder.Attempt(mentorship, to, historyBefore[^1].At.AddHours(1));

        Assert.False(moved.IsSuccess);
        var error = Assert.Single(moved.Errors);
        Assert.Equal("status", error.Field);
        Assert.Contains($"from {from} to {to}", error.Message, StringComparison.Ordinal);
        Assert.Equal(from, mentorship.Status);
        Assert.Equal(historyBefore, mentorship.History);
    }

    [Fact]
    public void The_whole_journey_is_kept_as_history_in_order()
    {
        var mentorship = new MentorshipBuilder().InStatus(MentorshipStatus.Closed).Build();

        Assert.Equal(
            [null, MentorshipStatus.Proposed, MentorshipStatus.Accepted, MentorshipStatus.AgreementPending, MentorshipStatus.Active, MentorshipStatus.Closing],
            mentorship.History.Select(t => t.From));
        Assert.Equal(MentorshipBuilder.ProposedAt, mentorship.History[0].At);
        Assert.Equal(MentorshipBuilder.ProposedAt.AddHours(5), mentorship.History[^1].At);
        Assert.True(mentorship.IsFinished);
    }

    [Fact]
    public void A_move_dated_before_the_previous_one_is_refused()
    {
        var mentorship = new MentorshipBuilder().InStatus(MentorshipStatus.Accepted).Build();

        var moved = mentorship.RequestAgreement(MentorshipBuilder.ProposedAt);

        Assert.Equal("at", Assert.Single(moved.Errors).Field);
        Assert.Equal(MentorshipStatus.Accepted, mentorship.Status);
    }

    [Fact]
    public void It_cannot_become_active_until_both_sides_confirm_the_agreement()
    {
        var mentorship = new MentorshipBuilder().InStatus(MentorshipStatus.AgreementPending).Build();
        var onlyMenteeConfirmed = new AgreementDraftBuilder().Create();

        var moved = mentorship.Activate(onlyMenteeConfirmed, MentorshipBuilder.ProposedAt.AddDays(1));

        Assert.Equal("agreement", Assert.Single(moved.Errors).Field);
        Assert.Equal(MentorshipStatus.AgreementPending, mentorship.Status);
    }

    [Fact]
    public void An_early_close_of_an_active_mentorship_leads_to_closing_and_keeps_who_asked_and_why()
    {
        var mentorship = new MentorshipBuilder().InStatus(MentorshipStatus.Active).Build();
        var request = EarlyCloseRequest.Create(CloseRequester.Mentor, "Moving to another company", MentorshipBuilder.ProposedAt.AddDays(30)).Value;

        var moved = mentorship.RequestEarlyClose(request);

        Assert.True(moved.IsSuccess);
        Assert.Equal(MentorshipStatus.Closing, mentorship.Status);
        Assert.Same(request, mentorship.EarlyClose);
        Assert.Equal(request.RequestedAt, mentorship.History[^1].At);
    }

    [Theory]
    [InlineData(MentorshipStatus.Proposed)]
    [InlineData(MentorshipStatus.Accepted)]
    [InlineData(MentorshipStatus.AgreementPending)]
    public void An_early_close_before_the_mentorship_starts_cancels_it(MentorshipStatus from)
    {
        var mentorship = new MentorshipBuilder().InStatus(from).Build();
        var request = EarlyCloseRequest.Create(CloseRequester.Administrator, "Mentee left the organisation", MentorshipBuilder.ProposedAt.AddDays(3)).Value;

        var moved = mentorship.RequestEarlyClose(request);

        Assert.True(moved.IsSuccess);
        Assert.Equal(MentorshipStatus.Cancelled, mentorship.Status);
        Assert.Same(request, mentorship.EarlyClose);
    }

    [Theory]
    [InlineData(MentorshipStatus.Closing)]
    [InlineData(MentorshipStatus.Closed)]
    [InlineData(MentorshipStatus.Declined)]
    [InlineData(MentorshipStatus.Cancelled)]
    public void An_early_close_of_a_closing_or_finished_mentorship_is_refused(MentorshipStatus from)
    {
        var mentorship = new MentorshipBuilder().InStatus(from).Build();
        var request = EarlyCloseRequest.Create(CloseRequester.Mentee, "No longer needed", MentorshipBuilder.ProposedAt.AddDays(40)).Value;

        var moved = mentorship.RequestEarlyClose(request);

        Assert.Contains(from.ToString(), Assert.Single(moved.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(from, mentorship.Status);
        Assert.Null(mentorship.EarlyClose);
    }

    [Fact]
    public void A_pair_needs_a_mentee_who_is_not_the_mentor()
    {
        var result = Mentorship.ProposePair("ms-1", "prog-1", "person-1", "person-1", MentorshipBuilder.ProposedAt);

        Assert.Equal("menteeId", Assert.Single(result.Errors).Field);
    }

    [Fact]
    public void A_proposal_without_ids_names_each_missing_one()
    {
        var result = Mentorship.ProposePair(" ", "", "", "", MentorshipBuilder.ProposedAt);

        Assert.Equal(["id", "programmeId", "mentorId", "menteeId"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_group_takes_mentees_up_to_its_capacity()
    {
        var group = Mentorship.ProposeGroup("ms-g", "prog-1", "mentor-1", ["mentee-1", "mentee-2"], 3, MentorshipBuilder.ProposedAt).Value;

        Assert.True(group.AddMentee("mentee-3").IsSuccess);
        var full = group.AddMentee("mentee-4");

        Assert.Equal(MentorshipKind.Group, group.Kind);
        Assert.Equal(["mentee-1", "mentee-2", "mentee-3"], group.MenteeIds);
        Assert.Contains("full", Assert.Single(full.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_refuses_duplicates_the_mentor_and_an_oversized_start()
    {
        var result = Mentorship.ProposeGroup("ms-g", "prog-1", "mentor-1", ["mentee-1", "mentee-1", "mentor-1"], 2, MentorshipBuilder.ProposedAt);

        Assert.Equal(["menteeIds", "menteeIds[1]", "menteeIds[2]"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_pair_cannot_take_a_second_mentee()
    {
        var pair = new MentorshipBuilder().Build();

        Assert.Equal("menteeId", Assert.Single(pair.AddMentee("mentee-2").Errors).Field);
        Assert.Equal("menteeId", Assert.Single(pair.AddMentee(" ").Errors).Field);
        Assert.Equal(["mentee-1"], pair.MenteeIds);
    }

    [Fact]
    public void A_closing_group_takes_no_new_mentee()
    {
        var group = Mentorship.ProposeGroup("ms-g", "prog-1", "mentor-1", ["mentee-1"], 4, MentorshipBuilder.ProposedAt).Value;
        group.Accept(MentorshipBuilder.ProposedAt);
        group.RequestAgreement(MentorshipBuilder.ProposedAt);
        group.Activate(new AgreementDraftBuilder().CreateConfirmed(), MentorshipBuilder.ProposedAt);
        group.BeginClose(MentorshipBuilder.ProposedAt);

        Assert.Equal("status", Assert.Single(group.AddMentee("mentee-2").Errors).Field);
    }

    [Fact]
    public void Its_collections_cannot_be_changed_from_outside()
    {
        var mentorship = new MentorshipBuilder().Build();

        Assert.Throws<NotSupportedException>(() => ((IList<MentorshipTransition>)mentorship.History).Add(mentorship.History[0]));
        Assert.Throws<NotSupportedException>(() => ((IList<string>)mentorship.MenteeIds).Add("intruder"));
        Assert.All(typeof(Mentorship).GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, p.Name));
    }
}
