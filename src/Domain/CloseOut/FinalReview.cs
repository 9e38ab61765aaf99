using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// One side's final review at close-out: a blind outcome rating (an <see cref="ExitRating"/>, which the other side
/// never sees), what went well and what to carry forward (both shared in the close-out summary).
/// </summary>
public sealed class FinalReview
{
    public const int TextMinLength = 3;
    public const int TextMaxLength = 2000;

    private FinalReview(ExitRating rating, string wentWell, string? carryForward)
    {
        Rating = rating;
        WentWell = wentWell;
        CarryForward = carryForward;
    }

    public MentorshipRole By => Rating.By;

    public ExitRating Rating { get; }

    public string WentWell { get; }

    /// <summary>What the side takes from the mentorship into what comes next; optional.</summary>
    public string? CarryForward { get; }

    public static Result<FinalReview> Create(MentorshipRole by, FinalReviewDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new FieldErrorCollector();
        var rating = errors.Take(ExitRating.Create(by, new ExitRatingDraft(draft.Rating, null)).Map<ExitRating?>(r => r), null);
        var wentWell = BoundedText.Read(draft.WentWell, "wentWell", TextMaxLength, errors, required: true, minLength: TextMinLength, multiline: true);
        var carryForward = BoundedText.Read(draft.CarryForward, "carryForward", TextMaxLength, errors, multiline: true);
        return errors.HasErrors
            ? Result<FinalReview>.Failure(errors.Errors)
            : Result<FinalReview>.Success(new FinalReview(rating!, wentWell!, carryForward));
    }
}
