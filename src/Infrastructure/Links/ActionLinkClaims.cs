namespace MentorFlow.Infrastructure.Links;

/// <summary>
/// What a signed link grants: one <see cref="Action"/> on one journey by one participant until
/// <see cref="ExpiresAt"/>, with an optional <see cref="Argument"/> (for example the chosen mentor's id).
/// <see cref="TokenId"/> is unique per link, so a used link can be recorded and refused the second time.
/// </summary>
public sealed record ActionLinkClaims(
    string JourneyId,
    string ParticipantId,
    LinkAction Action,
    string? Argument,
    DateTimeOffset ExpiresAt,
    string TokenId);
