using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// Turns enrolments into <see cref="MenteeFeatures"/> and <see cref="MentorFeatures"/>: one pass numbers every term,
/// language, industry and email of the run, a second builds the bit sets. Goal texts are matched against the known
/// terms by looking up each run of up to <see cref="MaxPhraseWords"/> words, not by searching every term in every text.
/// Once constructed it only reads, so people can be compiled on several threads.
/// </summary>
internal sealed class FeatureCompiler
{
    private const int MaxPhraseWords = 6;

    private readonly Vocabulary _terms = new();
    private readonly Vocabulary _languages = new();
    private readonly Vocabulary _industries = new();
    private readonly Vocabulary _emails = new();
    private readonly Dictionary<string, int[]> _managerIds = new(StringComparer.Ordinal);
    private readonly DateOnly _weekStart;
    private int _longestPhrase = 1;

    public FeatureCompiler(IReadOnlyList<MenteeEnrolment> mentees, IReadOnlyList<MentorEnrolment> mentors, ReportingLine reportingLine, DateOnly weekStart)
    {
        _weekStart = weekStart;
        foreach (var mentor in mentors)
        {
            AddProfileTerms(mentor.Profile);
            AddTerms(mentor.Expertise);
            AddTerms(mentor.SkillsOffered.Select(s => s.Skill));
        }

        foreach (var mentee in mentees)
        {
            AddProfileTerms(mentee.Profile);
            AddTerms(mentee.SkillsWanted);
            AddTerms(mentee.Goals.SelectMany(g => g.Tags));
        }

        // Managers are numbered here too, so that compiling is read-only and can run on several threads.
        foreach (var profile in mentees.Select(m => m.Profile).Concat(mentors.Select(m => m.Profile)))
        {
            _managerIds.TryAdd(profile.Email.IdentityKey, reportingLine.ManagersOf(profile.Email).Select(_emails.Add).ToArray());
        }
    }

    /// <summary>Primary language subtag: pt-BR and pt-PT both speak Portuguese.</summary>
    public static string LanguageKey(string tag) => tag.Split('-')[0].ToLowerInvariant();

    public MentorFeatures Compile(MentorEnrolment mentor)
    {
        var p = mentor.Profile;
        var teaches = Bits(mentor.Expertise.Concat(mentor.SkillsOffered.Select(s => s.Skill)));
        return new MentorFeatures
        {
            EmailId = _emails.Find(p.Email.IdentityKey),
            ManagerIds = ManagerIds(p),
            Languages = LanguageBits(p),
            Level = p.Seniority.Level,
            Years = p.Seniority.YearsOfExperience,
            Teaches = teaches,
            SkillsOffered = Bits(mentor.SkillsOffered.Select(s => s.Skill)),
            SkillsExpert = Bits(mentor.SkillsOffered.Where(s => s.Level == SkillLevel.Expert).Select(s => s.Skill)),
            SkillsAdvanced = Bits(mentor.SkillsOffered.Where(s => s.Level == SkillLevel.Advanced).Select(s => s.Skill)),
            SkillsIntermediate = Bits(mentor.SkillsOffered.Where(s => s.Level == SkillLevel.Intermediate).Select(s => s.Skill)),
            IndustryId = p.Industry is null ? -1 : _industries.Find(TermKey.Normalise(p.Industry)),
            Style = mentor.CommunicationStyle is { } style ? (int)style : -1,
            ChannelMask = ChannelMask(p.Channels),
            Background = Bits(p.Background),
            BackgroundCount = p.Background.Count,
            Availability = WeeklyAvailability.InWeek(p, _weekStart),
        };
    }

    public MenteeFeatures Compile(MenteeEnrolment mentee)
    {
        var p = mentee.Profile;
        return new MenteeFeatures
        {
            EmailId = _emails.Find(p.Email.IdentityKey),
            ManagerIds = ManagerIds(p),
            Languages = LanguageBits(p),
            Level = p.Seniority.Level,
            Years = p.Seniority.YearsOfExperience,
            Goals = mentee.Goals.Select(GoalBits).ToArray(),
            Wanted = Bits(mentee.SkillsWanted),
            WantedCount = mentee.SkillsWanted.Count,
            IndustryId = p.Industry is null ? -1 : _industries.Find(TermKey.Normalise(p.Industry)),
            WishesIndustryExperience = mentee.Wishes.IndustryExperience,
            WishedStyle = mentee.Wishes.CommunicationStyle is { } style ? (int)style : -1,
            BackgroundWish = mentee.Wishes.Background,
            ChannelMask = ChannelMask(p.Channels),
            Background = Bits(p.Background),
            BackgroundCount = p.Background.Count,
            Availability = WeeklyAvailability.InWeek(p, _weekStart),
        };
    }

    private static int ChannelMask(IEnumerable<Channel> channels) => channels.Aggregate(0, (mask, c) => mask | (1 << (int)c));

    private void AddProfileTerms(ParticipantProfile p)
    {
        _emails.Add(p.Email.IdentityKey);
        foreach (var language in p.Languages)
        {
            _languages.Add(LanguageKey(language));
        }

        if (p.Industry is not null)
        {
            _industries.Add(TermKey.Normalise(p.Industry));
        }

        AddTerms(p.Background);
    }

    private void AddTerms(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var key = TermKey.Normalise(term);
            _terms.Add(key);
            _longestPhrase = Math.Max(_longestPhrase, Math.Min(MaxPhraseWords, key.Count(c => c == ' ') + 1));
        }
    }

    private int[] ManagerIds(ParticipantProfile p) => _managerIds[p.Email.IdentityKey];

    private ulong[] LanguageBits(ParticipantProfile p)
    {
        var bits = TermBits.Create(_languages.Count);
        foreach (var language in p.Languages)
        {
            TermBits.Set(bits, _languages.Find(LanguageKey(language)));
        }

        return bits;
    }

    private ulong[] Bits(IEnumerable<string> terms)
    {
        var bits = TermBits.Create(_terms.Count);
        foreach (var term in terms)
        {
            var id = _terms.Find(TermKey.Normalise(term));
            if (id >= 0)
            {
                TermBits.Set(bits, id);
            }
        }

        return bits;
    }

    private ulong[] GoalBits(MenteeGoal goal)
    {
        var bits = Bits(goal.Tags);
        var words = TermKey.Words(goal.Text);
        for (var start = 0; start < words.Length; start++)
        {
            for (var length = 1; length <= _longestPhrase && start + length <= words.Length; length++)
            {
                var id = _terms.Find(string.Join(' ', words, start, length));
                if (id >= 0)
                {
                    TermBits.Set(bits, id);
                }
            }
        }

        return bits;
    }
}
