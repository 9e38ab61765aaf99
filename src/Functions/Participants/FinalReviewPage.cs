using System.Globalization;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The final review at close-out: how the side rates what the mentorship achieved (1–5, blind: the other side never
/// sees it), what went well, and what they will carry forward (both go into the summary both sides receive).
/// </summary>
public sealed class FinalReviewPage : ILinkPage
{
    public const string Rating = "rating";
    public const string WentWell = "wentWell";
    public const string CarryForward = "carryForward";

    private static readonly IReadOnlyList<(string, string)> s_ratings =
        [("", "Choose…"), ("5", "5 — far beyond what I hoped"), ("4", "4 — more than I hoped"), ("3", "3 — about what I hoped"), ("2", "2 — less than I hoped"), ("1", "1 — far less than I hoped")];

    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        string? Value(string name) => posted?[name].ToString();
        var wentWellHint = link.Role == MentorshipRole.Mentee
            ? "Goals reached, skills and confidence gained, people you met."
            : "How your mentee grew, and what mentoring taught you.";
        var page = new HtmlPage("Your final review", errors)
            .Paragraph("The mentorship is coming to a close. What went well and what you carry forward go into the summary you both receive; your rating stays private to you and the programme administrator.")
            .BeginForm(link.FormAction)
            .Select(Rating, "How do you rate what the mentorship achieved?", Value(Rating), s_ratings)
            .TextArea(WentWell, "What went well?", Value(WentWell), wentWellHint, required: true)
            .TextArea(CarryForward, "What will you carry forward?", Value(CarryForward), "A habit, a contact, a next goal: optional.")
            .EndForm("Send the final review");
        return Task.FromResult(page);
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        int? rating = null;
        var ratingText = form[Rating].ToString().Trim();
        if (ratingText.Length > 0)
        {
            if (int.TryParse(ratingText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                rating = parsed;
            }
            else
            {
                errors.Add(new FieldError(Rating, $"must be a number from {ExitRating.MinRating} to {ExitRating.MaxRating}."));
            }
        }

        var draft = new FinalReviewDraft(rating, form[WentWell].ToString(), form[CarryForward].ToString());
        var review = FinalReview.Create(link.Role, draft);
        errors.AddRange(review.Errors.Where(e => errors.All(f => f.Field != e.Field)));
        return Task.FromResult(errors.Count > 0
            ? Result<LinkAct>.Failure(errors)
            : Result<LinkAct>.Success(new RaiseJourneyEvent(
                JourneyEvents.FinalReviewSubmitted,
                new FinalReviewSubmitted(link.Mentorship.Value, link.Role, draft),
                "Final review sent",
                "Thank you. The summary goes to both of you once both reviews are in, or at the deadline.")));
    }
}
