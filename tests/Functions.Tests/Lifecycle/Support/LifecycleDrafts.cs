using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Reviews;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// Builders for the lifecycle tests: a demo programme measured in minutes (term PT30M, a review every PT10M, five
/// minutes to answer, two-minute reminders), mentees and mentors in London free on Monday mornings, and valid
/// agreement and check-in drafts.
/// </summary>
public static class LifecycleDrafts
{
    public static ProgrammeDraft DemoProgramme(string mode = "automatic", int maxRematchAttempts = 3, string type = "formalOneToOne", int? capacity = null, int missedCheckInsAtRisk = 2) => new()
    {
        Id = "demo",
        Name = "Demo mentoring",
        Type = type,
        Term = "PT30M",
        ReviewCadence = "PT10M",
        DefaultMentorCapacity = capacity,
        Matching = new MatchingDraft { Mode = mode, MaxRematchAttempts = maxRematchAttempts, TopK = 3 },
        Deadlines = new DeadlinesDraft { MatchResponse = "PT5M", Agreement = "PT5M", CheckIn = "PT5M", ReminderOffsets = ["PT2M"] },
        Risk = new RiskThresholdsDraft { MissedCheckInsInARow = missedCheckInsAtRisk },
    };

    public static EnrolmentDraft Mentee(string name, params string[] goalTags) => Person("mentee", name) with
    {
        Seniority = new SeniorityDraft { Level = 2, YearsOfExperience = 2 },
        Goals = [new Domain.Enrolments.GoalDraft { Text = "Lead my first negotiation with a supplier", Tags = goalTags.Length > 0 ? goalTags : ["negotiation"] }],
        SkillsWanted = ["negotiation"],
    };

    public static EnrolmentDraft Mentor(string name, int? capacity = null, string expertise = "negotiation") => Person("mentor", name) with
    {
        Seniority = new SeniorityDraft { Level = 6, YearsOfExperience = 15 },
        Expertise = [expertise],
        SkillsOffered = [new OfferedSkillDraft { Skill = expertise, Level = "expert" }],
        Capacity = capacity,
    };

    public static string Email(string name) => name.ToLowerInvariant().Replace(' ', '.') + "@example.org";

    public static AgreementDraft Agreement(DateTimeOffset targetDate) => new(
        [new Domain.Agreements.GoalDraft("Lead the quarterly supplier negotiation for the packaging contract", "contract terms agreed", "5% lower unit price", targetDate, "It is the next step towards a buyer role.")],
        ["prepare each meeting with a short agenda"],
        ["share negotiation cases from experience"],
        "weekly",
        ["video"],
        48,
        null);

    public static CheckInDraft CheckIn(int progress, int satisfaction = 4) => new([progress], satisfaction, [], null, "keep going");

    /// <summary>The enrolment form's fields as a browser posts them for the mentor <see cref="Mentor"/> builds.</summary>
    public static List<KeyValuePair<string, string>> MentorForm(string name) =>
    [
        .. FormPerson("mentor", name),
        new("seniority.level", "6"), new("seniority.yearsOfExperience", "15"),
        new("expertise", "negotiation"), new("skillsOffered[0].skill", "negotiation"), new("skillsOffered[0].level", "expert"),
    ];

    /// <summary>The enrolment form's fields as a browser posts them for the mentee <see cref="Mentee"/> builds.</summary>
    public static List<KeyValuePair<string, string>> MenteeForm(string name) =>
    [
        .. FormPerson("mentee", name),
        new("seniority.level", "2"), new("seniority.yearsOfExperience", "2"),
        new("goals[0].text", "Lead my first negotiation with a supplier"), new("goals[0].tags", "negotiation"), new("skillsWanted", "negotiation"),
    ];

    private static List<KeyValuePair<string, string>> FormPerson(string role, string name) =>
    [
        new("role", role), new("name", name), new("email", Email(name)), new("timeZone", "Europe/London"), new("languages", "en"),
        new("organisation", "Northwind"), new("industry", "retail"), new("channels", "video"),
        new("availability[0].day", "monday"), new("availability[0].start", "08:00"), new("availability[0].end", "18:00"),
    ];

    private static EnrolmentDraft Person(string role, string name) => new()
    {
        Role = role,
        Name = name,
        Email = Email(name),
        TimeZone = "Europe/London",
        Languages = ["en"],
        Organisation = "Northwind",
        Industry = "retail",
        Channels = ["video"],
        Availability = [new SlotDraft { Day = "monday", Start = "08:00", End = "18:00" }],
    };
}
