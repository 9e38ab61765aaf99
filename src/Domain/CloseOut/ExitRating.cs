using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// How one side rates the mentorship at its end. Blind: the other side never sees it (see
/// <see cref="CloseOutReport"/>), so it can be honest.
/// </summary>
public sealed class ExitRating
{
    public const int MinRating = 1;
    public const int MaxRating = 5;
    public const int CommentMaxLength = 1000;

    private ExitRating(MentorshipRole by, int rating, string? comment)
    {
        By = by;
        Rating = rating;
        Comment = comment;
    }

    public MentorshipRole By { get; }

    public int Rating { get; }

    public string? Comment { get; }

    public static Result<ExitRating> Create(MentorshipRole by, ExitRatingDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var errors = new FieldErrorCollector();
        var rating = BoundedText.Number(draft.Rating, "rating", MinRating, MaxRating, errors);
        var comment = BoundedText.Read(draft.Comment, "comment", CommentMaxLength, errors, multiline: true);
        return errors.HasErrors
            ? Result<ExitRating>.Failure(errors.Errors)
            : Result<ExitRating>.Success(new ExitRating(by, rating!.Value, comment));
    }
}
