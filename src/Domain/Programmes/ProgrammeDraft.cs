namespace MentorFlow.Domain.Programmes;

// The JSON body of POST /api/programmes, part by part. Everything is optional and loosely typed (durations,
// dates and names of options are strings) so that Programme.Create can report every bad field with its path,
// rather than a deserializer stopping at the first. The records live together because together they are one
// body shape; Programme.Create documents the defaults.

/// <summary>The input that creates a programme (the JSON body of <c>POST /api/programmes</c>).</summary>
public sealed record ProgrammeDraft
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary><c>formalOneToOne</c>, <c>group</c>, <c>peer</c>, <c>reverse</c> or <c>eMentoring</c>.</summary>
    public string? Type { get; init; }

    /// <summary>ISO 8601 duration of each mentorship, such as <c>P6M</c>.</summary>
    public string? Term { get; init; }

    /// <summary>ISO 8601 duration between reviews, such as <c>P1M</c>.</summary>
    public string? ReviewCadence { get; init; }

    public MatchingDraft? Matching { get; init; }

    /// <summary>Mentees per mentor; in a group programme, the group size.</summary>
    public int? DefaultMentorCapacity { get; init; }

    public DeadlinesDraft? Deadlines { get; init; }

    public EnrolmentWindowDraft? EnrolmentWindow { get; init; }

    public RiskThresholdsDraft? Risk { get; init; }
}

/// <summary>The <c>matching</c> part of a <see cref="ProgrammeDraft"/>.</summary>
public sealed record MatchingDraft
{
    /// <summary><c>automatic</c>, <c>administratorApproval</c> or <c>menteeChoice</c>.</summary>
    public string? Mode { get; init; }

    public int? TopK { get; init; }

    public MatchingWeightsDraft? Weights { get; init; }

    public int? MaxRematchAttempts { get; init; }

    /// <summary>ISO 8601 duration without years or months, such as <c>PT1H</c>.</summary>
    public string? MinimumWeeklyOverlap { get; init; }

    public int? PeerSeniorityBand { get; init; }
}

/// <summary>The <c>matching.weights</c> part of a <see cref="ProgrammeDraft"/>; an omitted weight keeps its default.</summary>
public sealed record MatchingWeightsDraft
{
    public double? Goals { get; init; }

    public double? Skills { get; init; }

    public double? Industry { get; init; }

    public double? Seniority { get; init; }

    public double? CommunicationStyle { get; init; }

    public double? Channel { get; init; }

    public double? Availability { get; init; }

    public double? Background { get; init; }
}

/// <summary>The <c>deadlines</c> part of a <see cref="ProgrammeDraft"/>: ISO 8601 durations.</summary>
public sealed record DeadlinesDraft
{
    public string? MatchResponse { get; init; }

    public string? Agreement { get; init; }

    public string? CheckIn { get; init; }

    public IReadOnlyList<string?>? ReminderOffsets { get; init; }
}

/// <summary>The <c>enrolmentWindow</c> part of a <see cref="ProgrammeDraft"/>: ISO 8601 date-times with an offset.</summary>
public sealed record EnrolmentWindowDraft
{
    public string? Opens { get; init; }

    public string? Closes { get; init; }
}

/// <summary>The <c>risk</c> part of a <see cref="ProgrammeDraft"/>.</summary>
public sealed record RiskThresholdsDraft
{
    public int? MissedCheckInsInARow { get; init; }

    public int? LowSatisfactionAtOrBelow { get; init; }

    public int? StalledCyclesInARow { get; init; }
}
