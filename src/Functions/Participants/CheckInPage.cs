using System.Globalization;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Reviews;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The check-in after a review meeting: progress per goal (a percentage of each goal's target, goals numbered as
/// in the agreement), satisfaction from 1 to 5, the challenges met, notes and next steps. The link knows the cycle
/// but not the agreement, so the form offers a row per possible goal and takes the rows up to the last one filled;
/// the journey checks the count against the agreement.
/// </summary>
public sealed class CheckInPage(TimeProvider clock) : ILinkPage
{
    public const string Satisfaction = "satisfaction";
    public const string Challenges = "challenges";
    public const string Notes = "notes";
    public const string NextSteps = "nextSteps";

    private static readonly IReadOnlyList<(string, string)> s_satisfaction =
        [("", "Choose…"), ("5", "5 — very satisfied"), ("4", "4 — satisfied"), ("3", "3 — neutral"), ("2", "2 — dissatisfied"), ("1", "1 — very dissatisfied")];

    private static readonly IReadOnlyList<(string, string)> s_challenges =
    [
        ("misalignedExpectations", "Misaligned expectations"),
        ("lackOfCommunication", "Lack of communication"),
        ("schedulingConflicts", "Scheduling conflicts"),
        ("burnout", "Burnout"),
        ("other", "Something else (say what in the notes)"),
    ];

    public static string ProgressField(int index) => $"progress[{index}]";

    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        string? Value(string name) => posted?[name].ToString();
        var page = new HtmlPage($"Your check-in for review {link.Argument.Number}", errors)
            .Paragraph("Two minutes: how far you are towards each goal, how satisfied you are, and anything in the way.")
            .BeginForm(link.FormAction)
            .BeginGroup("Progress towards each goal, in percent of its target (0–100), numbered as in your agreement");
        for (var i = 0; i < SmartGoalRules.MaxGoals; i++)
        {
            page.Input(ProgressField(i), i == 0 ? "Goal 1" : $"Goal {i + 1} (if you have it)", Value(ProgressField(i)), type: "number", required: i == 0);
        }

        return Task.FromResult(page.EndGroup()
            .Select(Satisfaction, "How satisfied are you with the mentorship?", Value(Satisfaction), s_satisfaction)
            .Checkboxes(Challenges, "Anything in the way?", posted?[Challenges].OfType<string>().ToArray() ?? [], s_challenges)
            .TextArea(Notes, "Notes", Value(Notes))
            .TextArea(NextSteps, "Next steps", Value(NextSteps))
            .EndForm("Send the check-in"));
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var progress = ReadProgress(form, errors);
        int? satisfaction = null;
        var satisfactionText = form[Satisfaction].ToString().Trim();
        if (satisfactionText.Length > 0)
        {
            if (int.TryParse(satisfactionText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                satisfaction = parsed;
            }
            else
            {
                errors.Add(new FieldError(Satisfaction, "must be a number from 1 to 5."));
            }
        }

        var draft = new CheckInDraft(
            progress,
            satisfaction,
            [.. form[Challenges].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)],
            Optional(form, Notes),
            Optional(form, NextSteps));
        var cycle = link.Argument.Number!.Value;
        var checkIn = CheckIn.Create(draft, link.Role, cycle, Math.Max(1, progress.Count), clock.GetUtcNow());
        errors.AddRange(checkIn.Errors.Where(e => errors.All(f => f.Field != e.Field) && !(e.Field == "progress" && progress.Count == 0)));
        return Task.FromResult(errors.Count > 0
            ? Result<LinkAct>.Failure(errors)
            : Result<LinkAct>.Success(new RaiseJourneyEvent(
                JourneyEvents.CheckInSubmitted,
                new CheckInSubmitted(link.Mentorship.Value, link.Role, cycle, draft),
                "Check-in sent",
                "Thank you. The administrator sees your progress and satisfaction, not your notes.")));
    }

    // Rows up to the last one filled; an empty or unreadable row before it is an error on that row.
    private static List<int> ReadProgress(IFormCollection form, List<FieldError> errors)
    {
        var texts = Enumerable.Range(0, SmartGoalRules.MaxGoals).Select(i => form[ProgressField(i)].ToString().Trim()).ToList();
        var count = texts.FindLastIndex(t => t.Length > 0) + 1;
        if (count == 0)
        {
            errors.Add(new FieldError(ProgressField(0), "Give your progress on each goal, from 0 to 100."));
            return [];
        }

        var progress = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            if (int.TryParse(texts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var percent))
            {
                progress.Add(percent);
            }
            else
            {
                errors.Add(new FieldError(ProgressField(i), "must be a percentage from 0 to 100."));
                progress.Add(0);
            }
        }

        return progress;
    }

    private static string? Optional(IFormCollection form, string name)
    {
        var text = form[name].ToString().Trim();
        return text.Length == 0 ? null : text;
    }
}
