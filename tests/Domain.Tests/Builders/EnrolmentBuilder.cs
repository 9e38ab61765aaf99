using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Tests.Builders;

/// <summary>What mentee and mentor builders share: a valid profile by default, in London, speaking English.</summary>
public abstract class EnrolmentBuilder<TSelf>
    where TSelf : EnrolmentBuilder<TSelf>
{
    public static readonly DateTimeOffset DefaultEnrolledAt = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    protected EnrolmentBuilder(EnrolmentDraft draft) => Draft = draft;

    public EnrolmentDraft Draft { get; protected set; }

    public DateTimeOffset EnrolledAt { get; private set; } = DefaultEnrolledAt;

    public TSelf Named(string name) => Change(d => d with { Name = name, Email = Email(name) });

    public TSelf WithEmail(string email) => Change(d => d with { Email = email });

    public TSelf WithManager(string? managerEmail) => Change(d => d with { ManagerEmail = managerEmail });

    public TSelf InZone(string zone) => Change(d => d with { TimeZone = zone });

    public TSelf Speaking(params string[] languages) => Change(d => d with { Languages = languages });

    public TSelf AtLevel(int level, int years = 5) => Change(d => d with { Seniority = new SeniorityDraft { Level = level, YearsOfExperience = years } });

    public TSelf InIndustry(string? industry) => Change(d => d with { Industry = industry });

    public TSelf Preferring(params string[] channels) => Change(d => d with { Channels = channels });

    public TSelf WithBackground(params string[] background) => Change(d => d with { Background = background });

    /// <summary>Slots as "monday 09:00-11:00".</summary>
    public TSelf AvailableOn(params string[] slots) => Change(d => d with
    {
        Availability = slots.Select(s =>
        {
            var parts = s.Split(' ', '-');
            return new SlotDraft { Day = parts[0], Start = parts[1], End = parts[2] };
        }).ToArray(),
    });

    public TSelf EnrolledOn(DateTimeOffset at)
    {
        EnrolledAt = at;
        return (TSelf)this;
    }

    public TSelf With(Func<EnrolmentDraft, EnrolmentDraft> change) => Change(change);

    public static string Email(string name) => name.ToLowerInvariant().Replace(' ', '.') + "@example.org";

    protected static EnrolmentDraft Profile(string role, string name) => new()
    {
        Role = role,
        Name = name,
        Email = Email(name),
        TimeZone = "Europe/London",
        Languages = ["en"],
        Organisation = "Northwind",
        Department = "Engineering",
        Seniority = new SeniorityDraft { Level = 3, YearsOfExperience = 4 },
        Industry = "software",
        Channels = ["video"],
        Availability = [new SlotDraft { Day = "monday", Start = "09:00", End = "12:00" }, new SlotDraft { Day = "wednesday", Start = "14:00", End = "17:00" }],
    };

    protected TSelf Change(Func<EnrolmentDraft, EnrolmentDraft> change)
    {
        Draft = change(Draft);
        return (TSelf)this;
    }
}
