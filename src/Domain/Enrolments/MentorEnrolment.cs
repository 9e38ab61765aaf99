using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Enrolments;

/// <summary>A mentor's enrolment: expertise, the skills they offer, how many mentees they take, and why they mentor.</summary>
public sealed class MentorEnrolment : Enrolment
{
    public const int MaxExpertiseAreas = 15;
    public const int MaxSkillsOffered = 20;
    public const int MaxMotivationLength = 1000;

    private MentorEnrolment(
        ParticipantProfile profile,
        DateTimeOffset enrolledAt,
        IReadOnlyList<string> expertise,
        IReadOnlyList<OfferedSkill> skillsOffered,
        int capacity,
        CommunicationStyle? communicationStyle,
        string? motivation)
        : base(profile, enrolledAt)
    {
        Expertise = expertise;
        SkillsOffered = skillsOffered;
        Capacity = capacity;
        CommunicationStyle = communicationStyle;
        Motivation = motivation;
    }

    public override EnrolmentRole Role => EnrolmentRole.Mentor;

    public IReadOnlyList<string> Expertise { get; }

    public IReadOnlyList<OfferedSkill> SkillsOffered { get; }

    /// <summary>How many mentees at once; in a group programme, the size of the mentor's group.</summary>
    public int Capacity { get; }

    public CommunicationStyle? CommunicationStyle { get; }

    public string? Motivation { get; }

    /// <summary>Validates a mentor form; an omitted capacity takes the programme's default (the group size in group programmes).</summary>
    public static Result<MentorEnrolment> Create(EnrolmentDraft draft, Programme programme, DateTimeOffset enrolledAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(programme);
        var errors = new FieldErrorCollector();
        RefuseOtherRoleFields(draft, EnrolmentRole.Mentor, errors);
        var profile = ParticipantProfile.Validate(draft, programme, errors);
        var expertise = EnrolmentFields.Terms(draft.Expertise, "expertise", 1, MaxExpertiseAreas, ParticipantProfile.MaxTermLength, errors);
        var skills = ValidateSkills(draft.SkillsOffered, errors);
        var capacity = draft.Capacity is null
            ? programme.DefaultMentorCapacity
            : (BoundedText.Number(draft.Capacity, "capacity", 1, Programme.MaxCapacity, errors) ?? 1);
        var style = draft.CommunicationStyle is null ? null : errors.TakeValueOrNull(EnumText.Parse<CommunicationStyle>(draft.CommunicationStyle, "communicationStyle"));
        var motivation = (BoundedText.Read(draft.Motivation, "motivation", MaxMotivationLength, errors, multiline: true) ?? "");
        return errors.ToResult(() => new MentorEnrolment(profile!, enrolledAt, expertise, skills, capacity, style, motivation.Length == 0 ? null : motivation));
    }

    private static List<OfferedSkill> ValidateSkills(IReadOnlyList<OfferedSkillDraft?>? drafts, FieldErrorCollector errors)
    {
        var items = drafts ?? [];
        if (items.Count > MaxSkillsOffered)
        {
            errors.Add("skillsOffered", $"must have at most {MaxSkillsOffered} entries");
            return [];
        }

        var skills = new List<OfferedSkill>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var path = $"skillsOffered[{i}]";
            if (items[i] is not { } draft)
            {
                errors.Add(path, "is required");
                continue;
            }

            var name = (BoundedText.Read(draft.Skill, path + ".skill", ParticipantProfile.MaxTermLength, errors, required: true) ?? "").Trim();
            var level = errors.TakeValueOrNull(EnumText.Parse<SkillLevel>(draft.Level, path + ".level"));
            if (name.Length == 0 || level is null)
            {
                continue;
            }

            if (seen.TryGetValue(TermKey.Normalise(name), out var first))
            {
                errors.Add(path + ".skill", $"repeats skillsOffered[{first}].skill");
                continue;
            }

            seen.Add(TermKey.Normalise(name), i);
            skills.Add(new OfferedSkill(name, level.Value));
        }

        return skills;
    }
}
