using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class SuggestionTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private static readonly Programme Programme = new ProgrammeBuilder().WithTopK(2).Build();

    private readonly MenteeEnrolment _mentee = new MenteeBuilder().Wanting("negotiation", "sql").Build(Programme);
    private readonly MentorEnrolment _both = new MentorBuilder("Bo Both").Offering(("negotiation", "expert"), ("sql", "expert")).Build(Programme);
    private readonly MentorEnrolment _one = new MentorBuilder("Oni One").Offering(("negotiation", "expert")).Build(Programme);
    private readonly MentorEnrolment _none = new MentorBuilder("Nia None").Offering(("design", "expert")).Build(Programme);
    private readonly MentorEnrolment _french = new MentorBuilder("Fae French").Speaking("fr").Offering(("negotiation", "expert"), ("sql", "expert")).Build(Programme);

    [Fact]
    public void The_top_k_feasible_mentors_come_best_first()
    {
        var suggestions = Index().Suggest(_mentee.Id, Ledger());

        Assert.Equal([_both.Id, _one.Id], suggestions.Select(s => s.Mentor));
        Assert.True(suggestions[0].Score > suggestions[1].Score);
        Assert.All(suggestions, s => Assert.Equal(_mentee.Id, s.Mentee));
    }

    [Fact]
    public void A_rematch_leaves_out_the_mentors_who_declined()
    {
        var suggestions = Index().Suggest(_mentee.Id, Ledger(), new HashSet<ParticipantId> { _both.Id });

        Assert.Equal([_one.Id, _none.Id], suggestions.Select(s => s.Mentor));
    }

    [Fact]
    public void Mentors_without_room_or_paused_are_not_suggested()
    {
        var ledger = Ledger();
        var other = new MenteeBuilder("Olu Other").Build(Programme);
        ledger.Propose(other.Id, _both.Id);
        ledger.Propose(new MenteeBuilder("Ola Other").Build(Programme).Id, _both.Id);
        ledger.Pause(_one.Id);

        Assert.Equal([_none.Id], Index().Suggest(_mentee.Id, ledger).Select(s => s.Mentor));
    }

    [Fact]
    public void Equal_scores_are_ordered_by_participant_id_whatever_the_input_order()
    {
        var twins = Enumerable.Range(0, 6).Select(i => new MentorBuilder($"Twin {i}").Build(Programme)).ToArray();
        var ledger = new CapacityLedger();
        foreach (var twin in twins)
        {
            ledger.Join(twin.Id, 2);
        }

        var forward = MatchingIndex.Build(Programme, [_mentee], twins, Week).Suggest(_mentee.Id, ledger, count: 4);
        var backward = MatchingIndex.Build(Programme, [_mentee], twins.Reverse(), Week).Suggest(_mentee.Id, ledger, count: 4);

        var expected = twins.Select(t => t.Id.Value).Order(StringComparer.Ordinal).Take(4).ToArray();
        Assert.Equal(expected, forward.Select(s => s.Mentor.Value));
        Assert.Equal(expected, backward.Select(s => s.Mentor.Value));
        Assert.Single(forward.Select(s => s.Score).Distinct());
    }

    [Fact]
    public void An_infeasible_mentor_is_never_suggested_however_good_the_score()
    {
        Assert.DoesNotContain(_french.Id, Index().Suggest(_mentee.Id, Ledger(), count: 10).Select(s => s.Mentor));
    }

    [Fact]
    public void Asking_about_someone_outside_the_index_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => Index().Suggest(new ParticipantId("p-unknown"), Ledger()));
    }

    private MatchingIndex Index() => MatchingIndex.Build(Programme, [_mentee], [_none, _french, _one, _both], Week);

    private CapacityLedger Ledger()
    {
        var ledger = new CapacityLedger();
        foreach (var mentor in new[] { _both, _one, _none, _french })
        {
            ledger.Join(mentor.Id, mentor.Capacity);
        }

        return ledger;
    }
}
