namespace MentorFlow.Domain.Enrolments;

// The JSON body of POST /api/programmes/{id}/enrolments, part by part. Everything is optional and loosely typed so
// that the factories can report every bad field with its path; the records live together because together they are
// one body shape.

/// <summary>
/// The enrolment form of a mentee or a mentor (<c>"role": "mentee" | "mentor"</c>). Fields marked "mentee" or
/// "mentor" belong to that role only; sending one for the other role is refused, so a mistaken form is noticed.
/// </summary>
public sealed record EnrolmentDraft
{
    /// <summary><c>mentee</c> or <c>mentor</c>.</summary>
    public string? Role { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    /// <summary>IANA time zone, such as <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Language tags, such as <c>en</c>, <c>de</c>, <c>pt-BR</c>.</summary>
    public IReadOnlyList<string?>? Languages { get; init; }

    public string? Organisation { get; init; }

    public string? Department { get; init; }

    /// <summary>The email of the person's manager, to keep mentors out of the mentee's reporting line.</summary>
    public string? ManagerEmail { get; init; }

    public SeniorityDraft? Seniority { get; init; }

    public string? Industry { get; init; }

    /// <summary><c>video</c>, <c>phone</c>, <c>inPerson</c>, <c>chat</c>, <c>email</c>.</summary>
    public IReadOnlyList<string?>? Channels { get; init; }

    /// <summary>Aspects of one's background to compare, such as <c>career changer</c> or <c>first-generation graduate</c>.</summary>
    public IReadOnlyList<string?>? Background { get; init; }

    /// <summary>Weekly availability in the person's own time zone.</summary>
    public IReadOnlyList<SlotDraft?>? Availability { get; init; }

    /// <summary>Mentee: what they want from the mentorship.</summary>
    public IReadOnlyList<GoalDraft?>? Goals { get; init; }

    /// <summary>Mentee: skills to learn.</summary>
    public IReadOnlyList<string?>? SkillsWanted { get; init; }

    /// <summary>Mentee: wished mentor traits.</summary>
    public WishesDraft? Wishes { get; init; }

    /// <summary>Mentor: areas of expertise.</summary>
    public IReadOnlyList<string?>? Expertise { get; init; }

    /// <summary>Mentor: skills offered with a level.</summary>
    public IReadOnlyList<OfferedSkillDraft?>? SkillsOffered { get; init; }

    /// <summary>Mentor: how many mentees at once; the programme's default when omitted.</summary>
    public int? Capacity { get; init; }

    /// <summary>Mentor: <c>direct</c>, <c>supportive</c>, <c>coaching</c>, <c>structured</c> or <c>informal</c>.</summary>
    public string? CommunicationStyle { get; init; }

    /// <summary>Mentor: why they mentor, in their words.</summary>
    public string? Motivation { get; init; }
}

/// <summary>The <c>seniority</c> part of an <see cref="EnrolmentDraft"/>.</summary>
public sealed record SeniorityDraft
{
    public int? Level { get; init; }

    public int? YearsOfExperience { get; init; }
}

/// <summary>One entry of <c>goals</c>.</summary>
public sealed record GoalDraft
{
    public string? Text { get; init; }

    public IReadOnlyList<string?>? Tags { get; init; }
}

/// <summary>The <c>wishes</c> part: <c>background</c> is <c>similar</c>, <c>different</c> or <c>noPreference</c>.</summary>
public sealed record WishesDraft
{
    public bool? IndustryExperience { get; init; }

    public string? CommunicationStyle { get; init; }

    public string? Background { get; init; }
}

/// <summary>One entry of <c>availability</c>: a day (<c>monday</c>…) and local times <c>HH:mm</c>; end may be <c>24:00</c>.</summary>
public sealed record SlotDraft
{
    public string? Day { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }
}

/// <summary>One entry of <c>skillsOffered</c>: the skill and <c>intermediate</c>, <c>advanced</c> or <c>expert</c>.</summary>
public sealed record OfferedSkillDraft
{
    public string? Skill { get; init; }

    public string? Level { get; init; }
}
