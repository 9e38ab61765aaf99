namespace MentorFlow.Domain.Matching;

/// <summary>A mentor's enrolment reduced to numbers and bit sets once per run, so the pair loop only compares.</summary>
internal sealed class MentorFeatures
{
    public required int EmailId { get; init; }

    public required int[] ManagerIds { get; init; }

    public required ulong[] Languages { get; init; }

    public required int Level { get; init; }

    public required int Years { get; init; }

    /// <summary>Expertise areas and offered skills: what goals can be met by.</summary>
    public required ulong[] Teaches { get; init; }

    public required ulong[] SkillsOffered { get; init; }

    public required ulong[] SkillsExpert { get; init; }

    public required ulong[] SkillsAdvanced { get; init; }

    public required ulong[] SkillsIntermediate { get; init; }

    public required int IndustryId { get; init; }

    public required int Style { get; init; }

    public required int ChannelMask { get; init; }

    public required ulong[] Background { get; init; }

    public required int BackgroundCount { get; init; }

    public required int[] Availability { get; init; }
}
