using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>A mentee's enrolment reduced to numbers and bit sets once per run, so the pair loop only compares.</summary>
internal sealed class MenteeFeatures
{
    public required int EmailId { get; init; }

    public required int[] ManagerIds { get; init; }

    public required ulong[] Languages { get; init; }

    public required int Level { get; init; }

    public required int Years { get; init; }

    /// <summary>Per goal, the terms it names: its tags and every known term its text contains.</summary>
    public required ulong[][] Goals { get; init; }

    public required ulong[] Wanted { get; init; }

    public required int WantedCount { get; init; }

    public required int IndustryId { get; init; }

    public required bool WishesIndustryExperience { get; init; }

    public required int WishedStyle { get; init; }

    public required BackgroundWish BackgroundWish { get; init; }

    public required int ChannelMask { get; init; }

    public required ulong[] Background { get; init; }

    public required int BackgroundCount { get; init; }

    public required int[] Availability { get; init; }
}
