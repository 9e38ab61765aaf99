using MentorFlow.Domain.CloseOut;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>An early close to confirm to <paramref name="Recipient"/>: who asked, why and when; the mentor when there is one.</summary>
public sealed record EarlyCloseNotice(JourneyRef Journey, string? MentorId, CloseRequester Recipient, CloseRequester By, string Reason, DateTimeOffset RequestedAt);
