using System.Collections.ObjectModel;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.CloseOut;

/// <summary>What the mentorship achieved, as the mentee reports it in the final review.</summary>
public sealed class Outcomes
{
    public const int MinConfidence = 1;
    public const int MaxConfidence = 5;
    public const int MaxSkills = 10;
    public const int SkillMaxLength = 100;
    public const int MaxNewContacts = 1000;

    private Outcomes(List<bool> goalsMet, List<string> skillsGained, int confidenceBefore, int confidenceAfter, int newContacts, bool promoted)
    {
        GoalsMet = new ReadOnlyCollection<bool>(goalsMet);
        SkillsGained = new ReadOnlyCollection<string>(skillsGained);
        ConfidenceBefore = confidenceBefore;
        ConfidenceAfter = confidenceAfter;
        NewContacts = newContacts;
        Promoted = promoted;
    }

    /// <summary>Whether each agreement goal was met, in the agreement's order.</summary>
    public IReadOnlyList<bool> GoalsMet { get; }

    public int GoalsMetCount => GoalsMet.Count(met => met);

    /// <summary>The share of goals met, 0 to 1.</summary>
    public double ShareOfGoalsMet => (double)GoalsMetCount / GoalsMet.Count;

    public IReadOnlyList<string> SkillsGained { get; }

    public int ConfidenceBefore { get; }

    public int ConfidenceAfter { get; }

    public int ConfidenceChange => ConfidenceAfter - ConfidenceBefore;

    /// <summary>New professional contacts made through the mentorship (the network it opened).</summary>
    public int NewContacts { get; }

    /// <summary>A promotion or a new role followed.</summary>
    public bool Promoted { get; }

    public static Result<Outcomes> Create(OutcomesDraft draft, int goalCount)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentOutOfRangeException.ThrowIfLessThan(goalCount, 1);

        var errors = new List<FieldError>();
        if (draft.GoalsMet is null || draft.GoalsMet.Count != goalCount)
        {
            errors.Add(new FieldError("goalsMet", $"Say for each of the {goalCount} goals whether it was met."));
        }

        var skills = new List<string>();
        var skillsGained = draft.SkillsGained ?? [];
        if (skillsGained.Count > MaxSkills)
        {
            errors.Add(new FieldError("skillsGained", $"List at most {MaxSkills} skills."));
        }
        else
        {
            for (var i = 0; i < skillsGained.Count; i++)
            {
                var skill = DraftChecks.RequiredText(skillsGained[i], $"skillsGained[{i}]", 2, SkillMaxLength, "A skill", errors);
                if (skill is not null)
                {
                    skills.Add(skill);
                }
            }
        }

        var before = DraftChecks.RequiredRange(draft.ConfidenceBefore, "confidenceBefore", MinConfidence, MaxConfidence, "Confidence before", errors);
        var after = DraftChecks.RequiredRange(draft.ConfidenceAfter, "confidenceAfter", MinConfidence, MaxConfidence, "Confidence after", errors);
        var contacts = draft.NewContacts is null
            ? 0
            : DraftChecks.RequiredRange(draft.NewContacts, "newContacts", 0, MaxNewContacts, "New contacts", errors);

        return errors.Count > 0
            ? Result<Outcomes>.Failure(errors)
            : Result<Outcomes>.Success(new Outcomes([.. draft.GoalsMet!], skills, before!.Value, after!.Value, contacts!.Value, draft.Promoted ?? false));
    }
}
