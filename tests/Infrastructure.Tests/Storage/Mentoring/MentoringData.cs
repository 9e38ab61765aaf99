using System.Text.Json;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

/// <summary>
/// Data for the store contracts: valid drafts, and a fresh programme id per call so that tests never see each other's
/// rows, even when a store keeps them all in one shared database or container.
/// </summary>
public static class MentoringData
{
    public static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(1));

    public static CancellationToken Ct => CancellationToken.None;

    public static ProgrammeId NewProgrammeId() => ProgrammeId.Parse("contract-" + Guid.NewGuid().ToString("N")[..12], "id").Value;

    public static ProgrammeDraft Programme(ProgrammeId id, string name = "Spring mentoring") => new()
    {
        Id = id.Value,
        Name = name,
        Type = "formalOneToOne",
        Term = "P6M",
        ReviewCadence = "P1M",
        Matching = new MatchingDraft { Mode = "automatic", TopK = 3, Weights = new MatchingWeightsDraft { Goals = 3, Skills = 2 } },
        DefaultMentorCapacity = 2,
        Deadlines = new DeadlinesDraft { MatchResponse = "P7D", ReminderOffsets = ["P1D", "PT12H"] },
        EnrolmentWindow = new EnrolmentWindowDraft { Opens = "2026-03-01T00:00:00Z", Closes = "2026-04-01T00:00:00+02:00" },
    };

    public static EnrolmentDraft Mentee(string name) => new()
    {
        Role = "mentee",
        Name = name,
        Email = name.ToLowerInvariant().Replace(' ', '.') + "@example.org",
        TimeZone = "Europe/Berlin",
        Languages = ["en", "de"],
        Seniority = new SeniorityDraft { Level = 3, YearsOfExperience = 4 },
        Channels = ["video"],
        Availability = [new SlotDraft { Day = "monday", Start = "09:00", End = "11:00" }],
        Goals = [new GoalDraft { Text = "Lead a team within a year", Tags = ["leadership"] }],
        Wishes = new WishesDraft { IndustryExperience = true, Background = "different" },
    };

    public static EnrolmentDraft Mentor(string name) => new()
    {
        Role = "mentor",
        Name = name,
        Email = name.ToLowerInvariant().Replace(' ', '.') + "@example.org",
        TimeZone = "America/New_York",
        Languages = ["en"],
        Seniority = new SeniorityDraft { Level = 7, YearsOfExperience = 15 },
        Expertise = ["leadership"],
        SkillsOffered = [new OfferedSkillDraft { Skill = "negotiation", Level = "expert" }],
        Capacity = 2,
    };

    public static StoredParticipant Participant(ProgrammeId programme, string id, EnrolmentDraft draft, DateTimeOffset? enrolledAt = null) => new(
        programme,
        new ParticipantId(id),
        draft.Role == "mentor" ? EnrolmentRole.Mentor : EnrolmentRole.Mentee,
        draft,
        enrolledAt ?? At,
        ParticipantStatus.Active);

    /// <summary>Drafts hold lists, which records compare by reference: compare what a store keeps, their JSON.</summary>
    public static void AssertSameDraft<T>(T expected, T actual)
        => Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));
}
