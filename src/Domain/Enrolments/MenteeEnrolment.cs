using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Enrolments;

/// <summary>A mentee's enrolment: who they are, what they want to achieve and learn, and the mentor they wish for.</summary>
public sealed class MenteeEnrolment : Enrolment
{
    public const int MaxGoals = 5;
    public const int MaxGoalTextLength = 500;
    public const int MaxTagsPerGoal = 10;
    public const int MaxTagLength = 40;
    public const int MaxSkillsWanted = 15;

    private MenteeEnrolment(ParticipantProfile profile, DateTimeOffset enrolledAt, IReadOnlyList<MenteeGoal> goals, IReadOnlyList<string> skillsWanted, MentorWishes wishes)
        : base(profile, enrolledAt)
    {
        Goals = goals;
        SkillsWanted = skillsWanted;
        Wishes = wishes;
    }

    public override EnrolmentRole Role => EnrolmentRole.Mentee;

    public IReadOnlyList<MenteeGoal> Goals { get; }

    public IReadOnlyList<string> SkillsWanted { get; }

    public MentorWishes Wishes { get; }

    public static Result<MenteeEnrolment> Create(EnrolmentDraft draft, Programme programme, DateTimeOffset enrolledAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new FieldErrorCollector();
        RefuseOtherRoleFields(draft, EnrolmentRole.Mentee, errors);
        var profile = ParticipantProfile.Validate(draft, programme, errors);
        var goals = ValidateGoals(draft.Goals, errors);
        var skills = EnrolmentFields.Terms(draft.SkillsWanted, "skillsWanted", 0, MaxSkillsWanted, ParticipantProfile.MaxTermLength, errors);
        var wishes = ValidateWishes(draft.Wishes, errors);
        return errors.ToResult(() => new MenteeEnrolment(profile!, enrolledAt, goals, skills, wishes));
    }

    // The field names of each goal a form may hold, made once rather than for every goal of every enrolment.
    private static readonly (string Goal, string Text, string Tags)[] GoalPaths =
        [.. Enumerable.Range(0, MaxGoals).Select(i => ($"goals[{i}]", $"goals[{i}].text", $"goals[{i}].tags"))];

    private static List<MenteeGoal> ValidateGoals(IReadOnlyList<GoalDraft?>? drafts, FieldErrorCollector errors)
    {
        var items = drafts ?? [];
        if (items.Count == 0)
        {
            errors.Add("goals", "needs at least one goal");
            return [];
        }

        if (items.Count > MaxGoals)
        {
            errors.Add("goals", $"must have at most {MaxGoals} goals");
            return [];
        }

        var goals = new List<MenteeGoal>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = GoalPaths[i];
            if (items[i] is not { } goal)
            {
                errors.Add(path.Goal, "is required");
                continue;
            }

            var text = (BoundedText.Read(goal.Text, path.Text, MaxGoalTextLength, errors, required: true, multiline: true) ?? "");
            var tags = EnrolmentFields.Terms(goal.Tags, path.Tags, 0, MaxTagsPerGoal, MaxTagLength, errors);
            goals.Add(new MenteeGoal(text, tags));
        }

        return goals;
    }

    private static MentorWishes ValidateWishes(WishesDraft? draft, FieldErrorCollector errors)
    {
        if (draft is null)
        {
            return MentorWishes.None;
        }

        var style = draft.CommunicationStyle is null ? null : errors.TakeValueOrNull(EnumText.Parse<CommunicationStyle>(draft.CommunicationStyle, "wishes.communicationStyle"));
        var background = draft.Background is null
            ? BackgroundWish.NoPreference
            : errors.Take(EnumText.Parse<BackgroundWish>(draft.Background, "wishes.background"), BackgroundWish.NoPreference);
        return new MentorWishes(draft.IndustryExperience ?? false, style, background);
    }
}
