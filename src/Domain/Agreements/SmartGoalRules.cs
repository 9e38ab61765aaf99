using System.Collections.Frozen;
using System.Globalization;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Agreements;

/// <summary>
/// The SMART checks for agreement goals. Each failure names the criterion and the field, as in
/// <c>goals[1].targetDate: time-bound — the target date must fall inside the programme term (…)</c>,
/// and every criterion a goal fails is reported, not only the first.
/// </summary>
public static class SmartGoalRules
{
    /// <summary>More goals than this spreads a mentorship too thin to be achievable.</summary>
    public const int MaxGoals = 5;

    public const int DescriptionMinLength = 10;
    public const int DescriptionMaxLength = 500;
    public const int MeasureMaxLength = 300;
    public const int TargetMaxLength = 200;
    public const int WhyItMattersMinLength = 10;
    public const int WhyItMattersMaxLength = 500;

    /// <summary>A specific description names at least this many words beyond the vague ones.</summary>
    private const int MinConcreteWords = 2;

    // Words that say nothing concrete on their own: "get better at my career skills" uses only these.
    private static readonly FrozenSet<string> VagueWords = new[]
    {
        "a", "an", "the", "and", "or", "to", "of", "in", "on", "at", "for", "with", "about", "my", "our", "me", "i",
        "it", "is", "be", "become", "get", "getting", "more", "better", "best", "improve", "improving", "improved",
        "grow", "growth", "growing", "learn", "learning", "develop", "developing", "development", "things", "thing",
        "stuff", "skill", "skills", "career", "general", "generally", "overall", "myself", "good", "great", "well",
        "work", "job", "some", "lot", "lots", "etc", "really", "very", "want", "would", "like", "able", "try",
        "do", "doing", "also", "just", "professional", "personal", "progress", "succeed", "success", "successful",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the list of goals against the programme term, as of the agreement date <paramref name="now"/>.</summary>
    internal static IReadOnlyList<SmartGoal> Validate(IReadOnlyList<GoalDraft>? goals, DateTimeOffset termStart, DateTimeOffset termEnd, DateTimeOffset now, FieldErrorCollector errors)
    {
        if (goals is null || goals.Count == 0)
        {
            errors.Add("goals", "At least one goal is required.");
            return [];
        }

        if (goals.Count > MaxGoals)
        {
            errors.Add("goals", $"achievable — at most {MaxGoals} goals; focus on the ones that matter most.");
        }

        var valid = new List<SmartGoal>(goals.Count);
        for (var i = 0; i < goals.Count; i++)
        {
            var goal = ValidateOne(goals[i], $"goals[{i}]", termStart, termEnd, now, errors);
            if (goal is not null)
            {
                valid.Add(goal);
            }
        }

        return valid;
    }

    /// <summary>Whether a description says something concrete: enough words beyond the vague ones.</summary>
    public static bool IsSpecific(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        return Words(description).Count(w => !VagueWords.Contains(w)) >= MinConcreteWords;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static SmartGoal? ValidateOne(GoalDraft? goal, string path, DateTimeOffset termStart, DateTimeOffset termEnd, DateTimeOffset now, FieldErrorCollector errors)
    {
        if (goal is null)
        {
            errors.Add(path, "A goal is required here.");
            return null;
        }

        var before = errors.Errors.Count;
        var description = goal.Description?.Trim();
        if (string.IsNullOrEmpty(description))
        {
            errors.Add($"{path}.description", "specific — describe what you will do.");
        }
        else if (description.Length < DescriptionMinLength)
        {
            errors.Add($"{path}.description", $"specific — describe the goal in at least {DescriptionMinLength} characters.");
        }
        else if (description.Length > DescriptionMaxLength)
        {
            errors.Add($"{path}.description", $"specific — keep the description under {DescriptionMaxLength} characters.");
        }
        else if (!IsSpecific(description))
        {
            errors.Add($"{path}.description", "specific — too vague: name the skill, task or result you will work on.");
        }

        var measure = goal.Measure?.Trim();
        if (string.IsNullOrEmpty(measure))
        {
            errors.Add($"{path}.measure", "measurable — say how progress will be measured.");
        }
        else if (measure.Length > MeasureMaxLength)
        {
            errors.Add($"{path}.measure", $"measurable — keep the measure under {MeasureMaxLength} characters.");
        }

        var target = goal.Target?.Trim();
        if (string.IsNullOrEmpty(target))
        {
            errors.Add($"{path}.target", "measurable — give the target that means the goal is met.");
        }
        else if (target.Length > TargetMaxLength)
        {
            errors.Add($"{path}.target", $"measurable — keep the target under {TargetMaxLength} characters.");
        }

        if (goal.TargetDate is null)
        {
            errors.Add($"{path}.targetDate", "time-bound — give a target date.");
        }
        else
        {
            var date = goal.TargetDate.Value;
            if (date < now)
            {
                errors.Add($"{path}.targetDate", $"achievable — the target date {Format(date, termStart, termEnd)} is already past on the agreement date {Format(now, termStart, termEnd)}.");
            }

            if (date < termStart || date > termEnd)
            {
                errors.Add($"{path}.targetDate", $"time-bound — the target date must fall inside the programme term ({Format(termStart, termStart, termEnd)}–{Format(termEnd, termStart, termEnd)}).");
            }
        }

        var why = goal.WhyItMatters?.Trim();
        if (string.IsNullOrEmpty(why) || why.Length < WhyItMattersMinLength)
        {
            errors.Add($"{path}.whyItMatters", "relevant — say in a sentence why this goal matters to you.");
        }
        else if (why.Length > WhyItMattersMaxLength)
        {
            errors.Add($"{path}.whyItMatters", $"relevant — keep this under {WhyItMattersMaxLength} characters.");
        }

        return errors.Errors.Count == before
            ? new SmartGoal(description!, measure!, target!, goal.TargetDate!.Value, why!)
            : null;
    }

    // Dates alone for a term of days or months; with the time of day when a demo term lasts minutes or hours.
    private static string Format(DateTimeOffset value, DateTimeOffset termStart, DateTimeOffset termEnd) =>
        value.ToString(termEnd - termStart >= TimeSpan.FromDays(2) ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
