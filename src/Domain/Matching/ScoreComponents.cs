using System.Numerics;
using System.Runtime.CompilerServices;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// The score components of a pair, each in 0..1. Where the data says nothing either way (no wish, no tags), a
/// component is a neutral 0.5, so silence neither helps nor hurts a mentor against another.
/// </summary>
internal static class ScoreComponents
{
    public const double Neutral = 0.5;
    public const double AdvancedFactor = 0.8;
    public const double IntermediateFactor = 0.6;

    public static readonly int Count = Enum.GetValues<ScoreComponent>().Length;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Compute(Programme programme, MenteeFeatures m, MentorFeatures n, int overlapMinutes, int saturationMinutes, Span<double> components)
    {
        components[(int)ScoreComponent.Goals] = Goals(m, n);
        components[(int)ScoreComponent.Skills] = m.WantedCount == 0
            ? Neutral
            : (TermBits.CountCommon(m.Wanted, n.SkillsExpert)
                + (AdvancedFactor * TermBits.CountCommon(m.Wanted, n.SkillsAdvanced))
                + (IntermediateFactor * TermBits.CountCommon(m.Wanted, n.SkillsIntermediate))) / m.WantedCount;
        components[(int)ScoreComponent.Industry] = Industry(m, n);
        components[(int)ScoreComponent.Seniority] = Seniority(programme, m, n);
        components[(int)ScoreComponent.CommunicationStyle] = m.WishedStyle < 0 || n.Style < 0 ? Neutral : m.WishedStyle == n.Style ? 1 : 0;
        components[(int)ScoreComponent.Channel] = m.ChannelMask == 0
            ? Neutral
            : (double)BitOperations.PopCount((uint)(m.ChannelMask & n.ChannelMask)) / BitOperations.PopCount((uint)m.ChannelMask);
        components[(int)ScoreComponent.Availability] = Math.Min(1.0, (double)overlapMinutes / saturationMinutes);
        components[(int)ScoreComponent.Background] = Background(m, n);
    }

    /// <summary>
    /// The seniority gap that suits the programme type. Formal, group and e-mentoring: a mentor two or three levels
    /// up knows the road and still remembers it; one level up is close, far above is distant, not senior is poor.
    /// Peer: the closer the better within the band. Reverse: the mentor is junior by constraint, and fits as far as
    /// they teach the wanted skills at advanced or expert level (junior teaches senior on named skills).
    /// </summary>
    public static double Seniority(Programme programme, MenteeFeatures m, MentorFeatures n)
    {
        var gap = n.Level - m.Level;
        switch (programme.Type)
        {
            case ProgrammeType.Peer:
                return 1.0 - ((double)Math.Abs(gap) / (programme.Matching.PeerSeniorityBand + 1));
            case ProgrammeType.Reverse:
                return m.WantedCount == 0
                    ? 0
                    : (double)(TermBits.CountCommon(m.Wanted, n.SkillsExpert) + TermBits.CountCommon(m.Wanted, n.SkillsAdvanced)) / m.WantedCount;
            default:
                return gap switch
                {
                    <= 0 => 0,
                    1 => 0.7,
                    2 or 3 => 1,
                    4 => 0.8,
                    _ => 0.6,
                };
        }
    }

    private static double Goals(MenteeFeatures m, MentorFeatures n)
    {
        var met = 0;
        foreach (var goal in m.Goals)
        {
            if (TermBits.Intersects(goal, n.Teaches))
            {
                met++;
            }
        }

        return m.Goals.Length == 0 ? 0 : (double)met / m.Goals.Length;
    }

    private static double Industry(MenteeFeatures m, MentorFeatures n)
    {
        if (m.IndustryId < 0 || n.IndustryId < 0)
        {
            return Neutral;
        }

        if (m.IndustryId == n.IndustryId)
        {
            return 1;
        }

        return m.WishesIndustryExperience ? 0 : Neutral;
    }

    private static double Background(MenteeFeatures m, MentorFeatures n)
    {
        if (m.BackgroundWish == BackgroundWish.NoPreference || m.BackgroundCount == 0 || n.BackgroundCount == 0)
        {
            return Neutral;
        }

        var common = TermBits.CountCommon(m.Background, n.Background);
        var similarity = (double)common / (m.BackgroundCount + n.BackgroundCount - common);
        return m.BackgroundWish == BackgroundWish.Similar ? similarity : 1 - similarity;
    }
}
