using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Functions.Lifecycle.CloseOut;

/// <summary>
/// The final reviews as the journey carries them to the close-out: each side's draft that validated, or null when
/// that side sent none by the deadline.
/// </summary>
public sealed record FinalReviewAnswers(FinalReviewDraft? Mentee, FinalReviewDraft? Mentor)
{
    public FinalReviews ToFinalReviews() => new(Rebuild(Mentee, MentorshipRole.Mentee), Rebuild(Mentor, MentorshipRole.Mentor));

    private static FinalReview? Rebuild(FinalReviewDraft? draft, MentorshipRole by) => draft is null ? null : FinalReview.Create(by, draft).Value;
}
