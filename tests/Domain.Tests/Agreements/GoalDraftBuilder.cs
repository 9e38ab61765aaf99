using MentorFlow.Domain.Agreements;

namespace MentorFlow.Domain.Tests.Agreements;

/// <summary>A SMART goal inside <see cref="AgreementDraftBuilder"/>'s term; each With… breaks or changes one part.</summary>
public sealed class GoalDraftBuilder
{
    private string? _description = "Lead the design review of the payments API with two other teams";
    private string? _measure = "Design reviews led";
    private string? _target = "2 reviews with written feedback";
    private DateTimeOffset? _targetDate = new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero);
    private string? _whyItMatters = "Leading reviews is the next step towards a staff engineer role";

    public GoalDraftBuilder WithDescription(string? description)
    {
        _description = description;
        return this;
    }

    public GoalDraftBuilder WithMeasure(string? measure)
    {
        _measure = measure;
        return this;
    }

    public GoalDraftBuilder WithTarget(string? target)
    {
        _target = target;
        return this;
    }

    public GoalDraftBuilder WithTargetDate(DateTimeOffset? targetDate)
    {
        _targetDate = targetDate;
        return this;
    }

    public GoalDraftBuilder WithWhyItMatters(string? whyItMatters)
    {
        _whyItMatters = whyItMatters;
        return this;
    }

    public GoalDraft Build() => new(_description, _measure, _target, _targetDate, _whyItMatters);
}
