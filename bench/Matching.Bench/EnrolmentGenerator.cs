using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Bench.Matching;

/// <summary>
/// Seeded enrolment forms that look like a large organisation's intake: most people speak English and a few other
/// languages, work in one of a score of industries across thirty time zones, and name skills from a shared
/// vocabulary with a long tail, so constraints prune a realistic share of pairs and scores vary.
/// </summary>
internal sealed class EnrolmentGenerator(int seed)
{
    private static readonly string[] Skills =
    [
        "negotiation", "public speaking", "sql", "python", "data analysis", "stakeholder management", "project management",
        "product strategy", "system design", "giving feedback", "hiring", "financial modelling", "excel", "storytelling",
        "writing", "user research", "service design", "kubernetes", "terraform", "risk management", "strategic planning",
        "conflict resolution", "agile delivery", "coaching", "resilience", "fundraising", "digital marketing", "logistics",
        "contract negotiation", "presentation skills", "machine learning", "esg reporting", "interviewing", "code review",
        "process improvement", "executive presence", "networking", "time management", "budgeting", "change management",
    ];

    private static readonly string[] Areas =
    [
        "leadership", "career advancement", "career transition", "product management", "engineering management",
        "software architecture", "data science", "operations", "marketing", "brand strategy", "finance", "compliance",
        "customer experience", "sustainability", "entrepreneurship", "wellbeing", "work-life balance", "safety leadership",
        "design leadership", "policy", "supply chain", "women in leadership", "cloud infrastructure", "journalism",
    ];

    private static readonly string[] Industries =
    [
        "software", "banking", "healthcare", "energy", "retail", "manufacturing", "consulting", "legal", "public sector",
        "media", "tourism", "agriculture", "automotive", "finance", "design", "mining", "telecoms", "education", "logistics", "insurance",
    ];

    private static readonly string[] Zones =
    [
        "Europe/London", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Warsaw", "Europe/Rome", "Europe/Lisbon",
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Toronto", "America/Sao_Paulo",
        "America/Mexico_City", "America/Bogota", "Africa/Lagos", "Africa/Johannesburg", "Africa/Nairobi", "Africa/Cairo",
        "Asia/Dubai", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Asia/Seoul", "Asia/Shanghai", "Asia/Manila",
        "Australia/Sydney", "Australia/Perth", "Pacific/Auckland", "Europe/Istanbul",
    ];

    private static readonly string[] Languages = ["es", "fr", "de", "pt", "hi", "zh", "ja", "ar", "it", "pl", "ko", "sw", "tr", "nl"];
    private static readonly string[] Channels = ["video", "phone", "inPerson", "chat", "email"];
    private static readonly string[] Styles = ["direct", "supportive", "coaching", "structured", "informal"];
    private static readonly string[] Backgrounds = ["career changer", "parent", "first-generation graduate", "immigrant", "veteran", "carer"];
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday"];
    private static readonly string[] Levels = ["intermediate", "advanced", "expert"];

    private readonly Random _random = new(seed);

    public EnrolmentDraft Mentee(int i)
    {
        var goals = Enumerable.Range(0, _random.Next(1, 4))
            .Select(_ => new GoalDraft { Text = $"Get better at {Skill()} to grow in {Area()}", Tags = [Area()] })
            .ToArray();
        return Profile("mentee", i) with
        {
            Seniority = new SeniorityDraft { Level = _random.Next(1, 6), YearsOfExperience = _random.Next(0, 12) },
            Goals = goals,
            SkillsWanted = Distinct(Skill, _random.Next(1, 5)),
            Wishes = new WishesDraft
            {
                IndustryExperience = _random.Next(3) == 0,
                CommunicationStyle = _random.Next(2) == 0 ? Pick(Styles) : null,
                Background = _random.Next(4) == 0 ? "similar" : _random.Next(8) == 0 ? "different" : "noPreference",
            },
        };
    }

    public EnrolmentDraft Mentor(int i) => Profile("mentor", i) with
    {
        Seniority = new SeniorityDraft { Level = _random.Next(4, 11), YearsOfExperience = _random.Next(8, 35) },
        Expertise = Distinct(Area, _random.Next(1, 5)),
        SkillsOffered = Distinct(Skill, _random.Next(2, 7)).Select(s => new OfferedSkillDraft { Skill = s, Level = Pick(Levels) }).ToArray(),
        Capacity = _random.Next(3, 9),
        CommunicationStyle = Pick(Styles),
        Motivation = "Someone once did this for me.",
    };

    private EnrolmentDraft Profile(string role, int i)
    {
        var zone = Pick(Zones);
        var languages = new List<string> { "en" };
        if (_random.Next(10) == 0)
        {
            languages.Clear();
        }

        languages.AddRange(Distinct(() => Pick(Languages), _random.Next(languages.Count == 0 ? 1 : 0, 3)));
        return new EnrolmentDraft
        {
            Role = role,
            Name = $"{role} {i}",
            Email = $"{role}.{i}@org{i % 40}.example",
            ManagerEmail = _random.Next(3) == 0 ? $"{(_random.Next(2) == 0 ? "mentor" : "mentee")}.{_random.Next(1000)}@org{_random.Next(40)}.example" : null,
            TimeZone = zone,
            Languages = languages.Distinct().ToArray(),
            Organisation = $"Org {i % 40}",
            Department = "Department",
            Industry = Pick(Industries),
            Channels = Distinct(() => Pick(Channels), _random.Next(1, 4)),
            Background = _random.Next(3) == 0 ? Distinct(() => Pick(Backgrounds), _random.Next(1, 3)) : null,
            Availability = Availability(),
        };
    }

    private SlotDraft[] Availability()
    {
        var days = Distinct(() => Pick(Days), _random.Next(2, 5));
        return days.Select(day =>
        {
            var start = _random.Next(7, 19);
            return new SlotDraft { Day = day, Start = $"{start:00}:00", End = $"{start + _random.Next(1, 4):00}:00" };
        }).ToArray();
    }

    // Skills and areas follow a long tail: the first few are far more common than the rest.
    private string Skill() => Skills[(int)(Skills.Length * Math.Pow(_random.NextDouble(), 1.8))];

    private string Area() => Areas[(int)(Areas.Length * Math.Pow(_random.NextDouble(), 1.5))];

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private static string[] Distinct(Func<string> next, int count)
    {
        var items = new List<string>();
        for (var attempt = 0; items.Count < count && attempt < count * 10; attempt++)
        {
            var item = next();
            if (!items.Contains(item))
            {
                items.Add(item);
            }
        }

        return [.. items];
    }
}
