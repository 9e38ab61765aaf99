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

        var errors = new FieldErrorCollector();
        if (draft.GoalsMet is null || draft.GoalsMet.Count != goalCount)
        {
            errors.Add("goalsMet", $"Say for each of the {goalCount} goals whether it was met.");
        }

        var skills = new List<string>();
        var skillsGained = draft.SkillsGained ?? [];
        if (skillsGained.Count > MaxSkills)
        {
            errors.Add("skillsGained", $"List at most {MaxSkills} skills.");
        }
        else
        {
            for (var i = 0; i < skillsGained.Count; i++)
            {
                var skill = BoundedText.Read(skillsGained[i], $"skillsGained[{i}]", SkillMaxLength, errors, required: true, minLength: 2);
                if (skill is not null)
                {
                    skills.Add(skill);
                }
            }
        }

        var before = BoundedText.Number(draft.ConfidenceBefore, "confidenceBefore", MinConfidence, MaxConfidence, errors);
        var after = BoundedText.Number(draft.ConfidenceAfter, "confidenceAfter", MinConfidence, MaxConfidence, errors);
        var contacts = draft.NewContacts is null
            ? 0
            : BoundedText.Number(draft.NewContacts, "newContacts", 0, MaxNewContacts, errors);

        return errors.HasErrors
            ? Result<Outcomes>.Failure(errors.Errors)
            : Result<Outcomes>.Success(new Outcomes([.. draft.GoalsMet!], skills, before!.Value, after!.Value, contacts!.Value, draft.Promoted ?? false));
    }
}
