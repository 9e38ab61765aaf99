using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Enrolments;

/// <summary>What mentees and mentors both tell about themselves.</summary>
public sealed class ParticipantProfile
{
    public const int MaxNameLength = 100;
    public const int MaxOrganisationLength = 100;
    public const int MaxIndustryLength = 60;
    public const int MaxLanguages = 10;
    public const int MaxLanguageTagLength = 35;
    public const int MaxBackgroundEntries = 10;
    public const int MaxTermLength = 60;
    public const int MaxAvailabilitySlots = 28;

    private ParticipantProfile(
        ParticipantId id,
        ProgrammeId programme,
        string name,
        EmailAddress email,
        TimeZoneInfo timeZone,
        IReadOnlyList<string> languages,
        string? organisation,
        string? department,
        EmailAddress? managerEmail,
        Seniority seniority,
        string? industry,
        IReadOnlyList<Channel> channels,
        IReadOnlyList<string> background,
        IReadOnlyList<WeeklySlot> availability)
    {
        Id = id;
        Programme = programme;
        Name = name;
        Email = email;
        TimeZone = timeZone;
        Languages = languages;
        Organisation = organisation;
        Department = department;
        ManagerEmail = managerEmail;
        Seniority = seniority;
        Industry = industry;
        Channels = channels;
        Background = background;
        Availability = availability;
    }

    public ParticipantId Id { get; }

    public ProgrammeId Programme { get; }

    public string Name { get; }

    public EmailAddress Email { get; }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>Language tags as entered (trimmed); matching compares their primary subtag, so pt-BR and pt-PT share Portuguese.</summary>
    public IReadOnlyList<string> Languages { get; }

    public string? Organisation { get; }

    public string? Department { get; }

    public EmailAddress? ManagerEmail { get; }

    public Seniority Seniority { get; }

    public string? Industry { get; }

    public IReadOnlyList<Channel> Channels { get; }

    public IReadOnlyList<string> Background { get; }

    /// <summary>Weekly availability in <see cref="TimeZone"/>, sorted by day and start.</summary>
    public IReadOnlyList<WeeklySlot> Availability { get; }

    internal static ParticipantProfile? Validate(EnrolmentDraft draft, Programme programme, FieldErrorCollector errors)
    {
        var name = (BoundedText.Read(draft.Name, "name", MaxNameLength, errors, required: true) ?? "");
        var email = errors.TakeOrNull(EmailAddress.Parse(draft.Email, "email"));
        var zone = ValidateTimeZone(draft.TimeZone, errors);
        var languages = ValidateLanguages(draft.Languages, errors);
        var organisation = (BoundedText.Read(draft.Organisation, "organisation", MaxOrganisationLength, errors) ?? "");
        var department = (BoundedText.Read(draft.Department, "department", MaxOrganisationLength, errors) ?? "");
        EmailAddress? manager = null;
        if (!string.IsNullOrWhiteSpace(draft.ManagerEmail))
        {
            manager = errors.TakeOrNull(EmailAddress.Parse(draft.ManagerEmail, "managerEmail"));
            if (manager is not null && email is not null && manager.IdentityKey == email.IdentityKey)
            {
                errors.Add("managerEmail", "must be someone else's email");
            }
        }

        var seniority = ValidateSeniority(draft.Seniority, errors);
        var industry = (BoundedText.Read(draft.Industry, "industry", MaxIndustryLength, errors) ?? "");
        var channels = EnrolmentFields.Options<Channel>(draft.Channels, "channels", errors);
        var background = EnrolmentFields.Terms(draft.Background, "background", 0, MaxBackgroundEntries, MaxTermLength, errors);
        var availability = ValidateAvailability(draft.Availability, errors);

        if (errors.HasErrors)
        {
            return null;
        }

        return new ParticipantProfile(
            ParticipantId.For(programme.Id, email!),
            programme.Id,
            name,
            email!,
            zone!,
            languages,
            NullIfEmpty(organisation),
            NullIfEmpty(department),
            manager,
            seniority,
            NullIfEmpty(industry),
            channels,
            background,
            availability);
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private static TimeZoneInfo? ValidateTimeZone(string? id, FieldErrorCollector errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add("timeZone", "is required");
            return null;
        }

        // Windows ids also resolve on this platform; only IANA ids are accepted so stored data means the same everywhere.
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) && zone.HasIanaId)
        {
            return zone;
        }

        errors.Add("timeZone", "must be an IANA time zone such as Europe/Berlin or America/Sao_Paulo");
        return null;
    }

    private static IReadOnlyList<string> ValidateLanguages(IReadOnlyList<string?>? values, FieldErrorCollector errors)
    {
        var languages = EnrolmentFields.Terms(values, "languages", 1, MaxLanguages, MaxLanguageTagLength, errors);
        if (values is null)
        {
            return languages;
        }

        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } tag && !string.IsNullOrWhiteSpace(tag) && !IsLanguageTag(tag.Trim()))
            {
                errors.Add($"languages[{i}]", "must be a language tag such as en, de or pt-BR");
            }
        }

        return languages;
    }

    private static bool IsLanguageTag(string tag)
    {
        var first = true;
        foreach (var range in tag.AsSpan().Split('-'))
        {
            var part = tag.AsSpan(range);
            var valid = first
                ? part.Length is 2 or 3 && !part.ContainsAnyExcept(AsciiCharacters.LetterSet)
                : part.Length is >= 1 and <= 8 && !part.ContainsAnyExcept(AsciiCharacters.LetterOrDigitSet);
            if (!valid)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    private static Seniority ValidateSeniority(SeniorityDraft? draft, FieldErrorCollector errors)
    {
        if (draft is null)
        {
            errors.Add("seniority", "is required");
            return new Seniority(Seniority.MinLevel, 0);
        }

        return new Seniority(
            (BoundedText.Number(draft.Level, "seniority.level", Seniority.MinLevel, Seniority.MaxLevel, errors) ?? Seniority.MinLevel),
            (BoundedText.Number(draft.YearsOfExperience, "seniority.yearsOfExperience", 0, Seniority.MaxYears, errors) ?? 0));
    }

    // The field names of each slot a form may hold, made once rather than for every slot of every enrolment.
    private static readonly (string Slot, string Day, string Start, string End)[] SlotPaths =
        [.. Enumerable.Range(0, MaxAvailabilitySlots).Select(i => ($"availability[{i}]", $"availability[{i}].day", $"availability[{i}].start", $"availability[{i}].end"))];

    private static WeeklySlot[] ValidateAvailability(IReadOnlyList<SlotDraft?>? drafts, FieldErrorCollector errors)
    {
        var items = drafts ?? [];
        if (items.Count == 0)
        {
            errors.Add("availability", "needs at least one weekly slot");
            return [];
        }

        if (items.Count > MaxAvailabilitySlots)
        {
            errors.Add("availability", $"must have at most {MaxAvailabilitySlots} slots");
            return [];
        }

        var slots = new List<(WeeklySlot Slot, int Index)>();
        for (var i = 0; i < items.Count; i++)
        {
            var path = SlotPaths[i];
            if (items[i] is not { } slot)
            {
                errors.Add(path.Slot, "is required");
                continue;
            }

            var day = errors.TakeValueOrNull(EnumText.Parse<DayOfWeek>(slot.Day, path.Day));
            var start = EnrolmentFields.ClockMinutes(slot.Start, path.Start, isEnd: false, errors);
            var end = EnrolmentFields.ClockMinutes(slot.End, path.End, isEnd: true, errors);
            if (start is not null && end is not null && end <= start)
            {
                errors.Add(path.End, "must be after start (a slot past midnight is two slots)");
            }
            else if (day is not null && start is not null && end is not null)
            {
                var candidate = new WeeklySlot(day.Value, start.Value, end.Value);
                if (Clash(slots, candidate) is { } clash)
                {
                    errors.Add(path.Slot, $"overlaps availability[{clash}]");
                }
                else
                {
                    slots.Add((candidate, i));
                }
            }
        }

        var ordered = new WeeklySlot[slots.Count];
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = slots[i].Slot;
        }

        Array.Sort(ordered, static (a, b) => a.Day != b.Day ? ((int)a.Day).CompareTo((int)b.Day) : a.StartMinute.CompareTo(b.StartMinute));
        return ordered;
    }

    // The index of the first slot already taken that overlaps candidate on its day.
    private static int? Clash(List<(WeeklySlot Slot, int Index)> slots, WeeklySlot candidate)
    {
        foreach (var (slot, index) in slots)
        {
            if (slot.Day == candidate.Day && slot.StartMinute < candidate.EndMinute && candidate.StartMinute < slot.EndMinute)
            {
                return index;
            }
        }

        return null;
    }
}
