using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>A final-review request (or, with <paramref name="Reminder"/>, its numbered reminder) to one side.</summary>
public sealed record FinalReviewNotice(JourneyRef Journey, string MentorshipId, string MentorId, MentorshipRole To, DateTimeOffset Deadline, int? Reminder = null);
