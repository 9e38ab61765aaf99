using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// The mentee journey's input. The first execution starts with the JSON of <see cref="EnrolmentAccepted"/> (the same
/// four fields, as the enrolment endpoint sends it); each review cycle's generation (ContinueAsNew) adds the
/// <see cref="Reviews"/> state it carries, and the ids of the agreement submissions already applied
/// (<see cref="AppliedSubmissions"/>), so a repeated submission is recognised in any generation.
/// </summary>
public sealed record JourneyInput(
    string ProgrammeId, string ParticipantId, EnrolmentDraft Draft, DateTimeOffset EnrolledAt, ReviewState? Reviews = null, IReadOnlyList<string>? AppliedSubmissions = null)
{
    public EnrolmentAccepted Enrolment => new(ProgrammeId, ParticipantId, Draft, EnrolledAt);
}
