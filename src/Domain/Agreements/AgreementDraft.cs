namespace MentorFlow.Domain.Agreements;

/// <summary>
/// A mentoring agreement as submitted (JSON, camelCase). <c>meetingCadence</c> is one of
/// weekly, fortnightly, monthly (the default when omitted), quarterly; <c>channels</c> are video, phone,
/// inPerson, chat, email; <c>confidentiality</c> falls back to <see cref="Agreement.DefaultConfidentiality"/>.
/// </summary>
public sealed record AgreementDraft(
    IReadOnlyList<GoalDraft>? Goals,
    IReadOnlyList<string>? MenteeResponsibilities,
    IReadOnlyList<string>? MentorResponsibilities,
    string? MeetingCadence,
    IReadOnlyList<string>? Channels,
    int? ExpectedResponseHours,
    string? Confidentiality);
