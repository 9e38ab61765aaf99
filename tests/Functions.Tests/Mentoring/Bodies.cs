using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>Valid request bodies by default, as drafts; each test changes what it is about.</summary>
public static class Bodies
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string NewProgrammeId() => "p" + Guid.NewGuid().ToString("N")[..10];

    public static string NewEmail(string who = "person") => $"{who}.{Guid.NewGuid().ToString("N")[..8]}@example.org";

    public static ProgrammeDraft Programme(string id, string name = "Spring mentoring") => new()
    {
        Id = id,
        Name = name,
        Type = "formalOneToOne",
        Term = "P6M",
        ReviewCadence = "P1M",
        Matching = new MatchingDraft { Mode = "automatic" },
        DefaultMentorCapacity = 2,
    };

    public static ProgrammeDraft WithWindow(this ProgrammeDraft draft, DateTimeOffset? opens, DateTimeOffset? closes) => draft with
    {
        EnrolmentWindow = new EnrolmentWindowDraft { Opens = opens?.ToString("O"), Closes = closes?.ToString("O") },
    };

    public static EnrolmentDraft Mentee(string email, string name = "Grace Chen") => new()
    {
        Role = "mentee",
        Name = name,
        Email = email,
        TimeZone = "Europe/London",
        Languages = ["en", "zh"],
        Organisation = "Northwind Bank",
        Seniority = new SeniorityDraft { Level = 3, YearsOfExperience = 5 },
        Industry = "banking",
        Channels = ["video", "inPerson"],
        Availability =
        [
            new SlotDraft { Day = "monday", Start = "08:00", End = "10:00" },
            new SlotDraft { Day = "wednesday", Start = "12:00", End = "14:00" },
        ],
        Goals =
        [
            new GoalDraft { Text = "Prepare for a promotion to associate director", Tags = ["leadership", "career advancement"] },
            new GoalDraft { Text = "Grow my network beyond my team", Tags = ["networking"] },
        ],
        SkillsWanted = ["negotiation"],
        Wishes = new WishesDraft { IndustryExperience = true, CommunicationStyle = "direct", Background = "noPreference" },
    };

    /// <summary>The same enrolment as <see cref="Mentee"/>, as an HTML form would post it.</summary>
    public static List<KeyValuePair<string, string>> MenteeForm(string email, string name = "Grace Chen") =>
    [
        new("role", "mentee"),
        new("name", name),
        new("email", email),
        new("timeZone", "Europe/London"),
        new("languages", "en"),
        new("languages", "zh"),
        new("organisation", "Northwind Bank"),
        new("seniority.level", "3"),
        new("seniority.yearsOfExperience", "5"),
        new("industry", "banking"),
        new("channels", "video"),
        new("channels", "inPerson"),
        new("availability[0].day", "monday"),
        new("availability[0].start", "08:00"),
        new("availability[0].end", "10:00"),
        new("availability[1].day", "wednesday"),
        new("availability[1].start", "12:00"),
        new("availability[1].end", "14:00"),
        new("goals[0].text", "Prepare for a promotion to associate director"),
        new("goals[0].tags", "leadership"),
        new("goals[0].tags", "career advancement"),
        new("goals[1].text", "Grow my network beyond my team"),
        new("goals[1].tags", "networking"),
        new("skillsWanted", "negotiation"),
        new("wishes.industryExperience", "on"),
        new("wishes.communicationStyle", "direct"),
        new("wishes.background", "noPreference"),
        // What an HTML form sends for the fields left blank.
        new("department", ""),
        new("managerEmail", ""),
    ];

    public static EnrolmentDraft Mentor(string email, string name = "Amara Okafor") => new()
    {
        Role = "mentor",
        Name = name,
        Email = email,
        TimeZone = "Africa/Lagos",
        Languages = ["en"],
        Seniority = new SeniorityDraft { Level = 8, YearsOfExperience = 17 },
        Industry = "fintech",
        Channels = ["video"],
        Availability = [new SlotDraft { Day = "monday", Start = "09:00", End = "11:00" }],
        Expertise = ["leadership"],
        SkillsOffered = [new OfferedSkillDraft { Skill = "negotiation", Level = "expert" }],
        Capacity = 2,
        CommunicationStyle = "coaching",
    };

    public static JsonContent AsJson<T>(T body) => JsonContent.Create(body, options: Json);

    public static FormUrlEncodedContent AsForm(IEnumerable<KeyValuePair<string, string>> fields) => new(fields);
}
