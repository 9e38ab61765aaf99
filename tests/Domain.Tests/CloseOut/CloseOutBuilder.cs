using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Reviews;

namespace MentorFlow.Domain.Tests.CloseOut;

/// <summary>A close-out after three healthy cycles, two of three goals met, and a rating from each side.</summary>
public sealed class CloseOutBuilder
{
    private OutcomesDraft _outcomes = new([true, true, false], ["Negotiation", "Public speaking"], 2, 4, 5, true);
    private ExitRatingDraft? _menteeRating = new(5, "Menteecomment: wonderful mentor");
    private ExitRatingDraft? _mentorRating = new(2, "Mentorcomment: often unprepared");

    public CloseOutBuilder WithOutcomes(OutcomesDraft outcomes)
    {
        _outcomes = outcomes;
        return this;
    }

    public CloseOutBuilder WithMenteeRating(ExitRatingDraft? rating)
    {
        _menteeRating = rating;
        return this;
    }

    public CloseOutBuilder WithMentorRating(ExitRatingDraft? rating)
    {
        _mentorRating = rating;
        return this;
    }

    public CloseOutSummary BuildSummary()
    {
        var cycles = new CyclesBuilder()
            .Cycle(c => c.ForGoals(3).WithProgress(20, 10, 0).WithSatisfaction(4), c => c.ForGoals(3).WithProgress(20, 10, 0).WithSatisfaction(5))
            .Cycle(c => c.ForGoals(3).WithProgress(60, 50, 10).WithSatisfaction(4), null)
            .Cycle(c => c.ForGoals(3).WithProgress(100, 100, 30).WithSatisfaction(5), c => c.ForGoals(3).WithProgress(100, 90, 40).WithSatisfaction(4))
            .Build();
        return CloseOutSummary.Build(Outcomes.Create(_outcomes, 3).Value, cycles, null, null);
    }

    public CloseOutReport Build() => new(
        BuildSummary(),
        _menteeRating is null ? null : ExitRating.Create(MentorshipRole.Mentee, _menteeRating).Value,
        _mentorRating is null ? null : ExitRating.Create(MentorshipRole.Mentor, _mentorRating).Value);
}
