using System.Globalization;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The agreement form's fields and how they become an <see cref="AgreementDraft"/>. Field names are the draft's
/// paths (<c>goals[0].targetDate</c>, <c>menteeResponsibilities</c>), so the domain's errors name the fields.
/// Responsibilities are one per line. A target date is a calendar date (taken at noon UTC, clear of every term's
/// first and last hour) or an ISO 8601 date-time with an offset, which minutes-long demo terms need.
/// </summary>
public static class AgreementForm
{
    /// <summary>Goal rows on the form; rows after the last filled one are ignored.</summary>
    public const int GoalRows = 3;

    public const string MenteeResponsibilities = "menteeResponsibilities";
    public const string MentorResponsibilities = "mentorResponsibilities";
    public const string MeetingCadence = "meetingCadence";
    public const string Channels = "channels";
    public const string ExpectedResponseHours = "expectedResponseHours";
    public const string Confidentiality = "confidentiality";

    public static readonly IReadOnlyList<string> GoalParts = ["description", "measure", "target", "targetDate", "whyItMatters"];

    public static string GoalField(int index, string part) => $"goals[{index}].{part}";

    /// <summary>The draft the form holds, and the errors of values that are not even of the right kind.</summary>
    public static (AgreementDraft Draft, IReadOnlyList<FieldError> Errors) Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var lastFilled = Enumerable.Range(0, GoalRows).LastOrDefault(i => GoalParts.Any(p => !string.IsNullOrWhiteSpace(form[GoalField(i, p)])));
        var goals = new List<GoalDraft>();
        for (var i = 0; i <= lastFilled; i++)
        {
            goals.Add(new GoalDraft(
                Text(form, GoalField(i, "description")),
                Text(form, GoalField(i, "measure")),
                Text(form, GoalField(i, "target")),
                TargetDate(form, GoalField(i, "targetDate"), errors),
                Text(form, GoalField(i, "whyItMatters"))));
        }

        int? hours = null;
        var hoursText = Text(form, ExpectedResponseHours);
        if (hoursText is not null)
        {
            if (int.TryParse(hoursText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                hours = parsed;
            }
            else
            {
                errors.Add(new FieldError(ExpectedResponseHours, "must be a whole number of hours."));
            }
        }

        var draft = new AgreementDraft(
            goals,
            Lines(form, MenteeResponsibilities),
            Lines(form, MentorResponsibilities),
            Text(form, MeetingCadence),
            [.. form[Channels].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!)],
            hours,
            Text(form, Confidentiality));
        return (draft, errors);
    }

    private static string? Text(IFormCollection form, string name)
    {
        var value = form[name].ToString().Trim();
        return value.Length == 0 ? null : value;
    }

    private static List<string> Lines(IFormCollection form, string name)
        => [.. form[name].ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    private static DateTimeOffset? TargetDate(IFormCollection form, string name, List<FieldError> errors)
    {
        var text = Text(form, name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        }

        if (text.Contains('T', StringComparison.OrdinalIgnoreCase)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && (text.EndsWith('Z') || text.EndsWith('z') || text.Length > 6 && text[^6] is '+' or '-'))
        {
            return instant;
        }

        errors.Add(new FieldError(name, "must be a date such as 2026-09-30."));
        return null;
    }
}
