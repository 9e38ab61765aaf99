using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// The reasons behind a match in words both people can read, strongest contribution first. Only what speaks for the
/// match is said; built for proposed matches only, never in the pair loop.
/// </summary>
internal static class MatchReasons
{
    public static IReadOnlyList<string> For(Programme programme, MenteeEnrolment mentee, MentorEnrolment mentor, double[] components, double[] weights, int overlapMinutes)
    {
        var reasons = new List<(double Weight, ScoreComponent Component, string Text)>();
        void Say(ScoreComponent component, string? text)
        {
            if (text is not null)
            {
                reasons.Add((weights[(int)component] * components[(int)component], component, text));
            }
        }

        Say(ScoreComponent.Goals, Goals(mentee, mentor));
        Say(ScoreComponent.Skills, Skills(mentee, mentor));
        Say(ScoreComponent.Industry, components[(int)ScoreComponent.Industry] >= 1 ? $"both work in {mentor.Profile.Industry}" : null);
        Say(ScoreComponent.Seniority, Seniority(programme.Type, mentee.Profile.Seniority.Level, mentor.Profile.Seniority.Level));
        Say(ScoreComponent.CommunicationStyle, components[(int)ScoreComponent.CommunicationStyle] >= 1
            ? $"mentor's communication style is {EnumText.ToText(mentor.CommunicationStyle!.Value)}, as wished"
            : null);
        Say(ScoreComponent.Channel, Channels(mentee, mentor));
        Say(ScoreComponent.Availability, $"{DurationText.Minutes(overlapMinutes)} of weekly overlap");
        Say(ScoreComponent.Background, Background(mentee, mentor, components[(int)ScoreComponent.Background]));
        return reasons.OrderByDescending(r => r.Weight).ThenBy(r => r.Component).Select(r => r.Text).ToArray();
    }

    private static string? Goals(MenteeEnrolment mentee, MentorEnrolment mentor)
    {
        var goalPhrases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var goal in mentee.Goals)
        {
            goalPhrases.UnionWith(goal.Tags.Select(TermKey.Normalise));
            var words = TermKey.Words(goal.Text);
            for (var start = 0; start < words.Length; start++)
            {
                for (var length = 1; length <= 6 && start + length <= words.Length; length++)
                {
                    goalPhrases.Add(string.Join(' ', words, start, length));
                }
            }
        }

        var met = mentor.Expertise.Concat(mentor.SkillsOffered.Select(s => s.Skill))
            .Where(t => goalPhrases.Contains(TermKey.Normalise(t)))
            .DistinctBy(TermKey.Normalise)
            .ToArray();
        return met.Length == 0 ? null : $"mentor's expertise in {Join(met)} meets the mentee's goals";
    }

    private static string? Skills(MenteeEnrolment mentee, MentorEnrolment mentor)
    {
        var wanted = mentee.SkillsWanted.Select(TermKey.Normalise).ToHashSet(StringComparer.Ordinal);
        var offered = mentor.SkillsOffered
            .Where(s => wanted.Contains(TermKey.Normalise(s.Skill)))
            .OrderByDescending(s => s.Level)
            .Select(s => $"{s.Skill} ({EnumText.ToText(s.Level)})")
            .ToArray();
        return offered.Length == 0 ? null : $"mentor offers {Join(offered)}";
    }

    private static string? Seniority(ProgrammeType type, int menteeLevel, int mentorLevel)
    {
        var gap = mentorLevel - menteeLevel;
        var levels = Math.Abs(gap) == 1 ? "level" : "levels";
        return type switch
        {
            ProgrammeType.Peer => gap == 0 ? "same seniority level" : $"seniority {Math.Abs(gap)} {levels} apart",
            ProgrammeType.Reverse => $"mentor is {Math.Abs(gap)} {levels} junior, as reverse mentoring intends",
            _ => gap > 0 ? $"mentor is {gap} {levels} more senior" : null,
        };
    }

    private static string? Channels(MenteeEnrolment mentee, MentorEnrolment mentor)
    {
        var shared = mentee.Profile.Channels.Where(mentor.Profile.Channels.Contains).Select(ChannelText).ToArray();
        return shared.Length == 0 ? null : $"both prefer {Join(shared)}";
    }

    private static string ChannelText(Channel channel) => channel switch
    {
        Channel.Video => "video calls",
        Channel.Phone => "phone calls",
        Channel.InPerson => "meeting in person",
        Channel.Chat => "chat",
        _ => "email",
    };

    private static string? Background(MenteeEnrolment mentee, MentorEnrolment mentor, double component)
    {
        switch (mentee.Wishes.Background)
        {
            case BackgroundWish.Similar:
                var mentorKeys = mentor.Profile.Background.Select(TermKey.Normalise).ToHashSet(StringComparer.Ordinal);
                var shared = mentee.Profile.Background.Where(b => mentorKeys.Contains(TermKey.Normalise(b))).ToArray();
                return shared.Length == 0 ? null : $"similar background, as wished: {Join(shared)}";
            case BackgroundWish.Different when component > ScoreComponents.Neutral:
                return "different backgrounds, as wished";
            default:
                return null;
        }
    }

    private static string Join(string[] items) =>
        items.Length <= 1 ? string.Concat(items) : string.Join(", ", items[..^1]) + " and " + items[^1];
}
