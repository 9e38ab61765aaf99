using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Cli.Matching;

/// <summary>
/// The three files of <c>mentorflow match</c>, read and validated: a programme draft and two arrays of enrolment
/// drafts, in the JSON shapes of <c>POST /api/programmes</c> and <c>POST /api/programmes/{id}/enrolments</c>.
/// Every problem is reported with the file and the field (<c>mentees.json: [3].email: …</c>), or the file, line and
/// column when the JSON itself is malformed. The position of a person in their file stands for their enrolment order.
/// </summary>
public sealed class MatchInput
{
    /// <summary>Unknown properties are refused so a misspelt field is reported instead of silently defaulted.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    private MatchInput(Programme programme, IReadOnlyList<MenteeEnrolment> mentees, IReadOnlyList<MentorEnrolment> mentors, DateOnly week)
    {
        Programme = programme;
        Mentees = mentees;
        Mentors = mentors;
        Week = week;
    }

    public Programme Programme { get; }

    public IReadOnlyList<MenteeEnrolment> Mentees { get; }

    public IReadOnlyList<MentorEnrolment> Mentors { get; }

    /// <summary>The week whose real dates decide availability overlap across time zones.</summary>
    public DateOnly Week { get; }

    /// <summary>
    /// Reads the files. The week is <paramref name="week"/> when given, else the date the enrolment window closes
    /// (when the programme starts), else the date it opens, else <paramref name="today"/>.
    /// </summary>
    public static MatchInput? Read(string programmeFile, string menteesFile, string mentorsFile, string? week, DateOnly today, out IReadOnlyList<string> errors)
    {
        var messages = new List<string>();
        errors = messages;
        DateOnly? chosenWeek = null;
        if (week is not null)
        {
            if (DateOnly.TryParseExact(week, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                chosenWeek = parsed;
            }
            else
            {
                messages.Add($"--week: must be a date yyyy-MM-dd, not '{week}'");
                return null;
            }
        }

        var programmeDraft = ReadJson<ProgrammeDraft>(programmeFile, messages);
        if (programmeDraft is null)
        {
            return null;
        }

        var programme = Programme.Create(programmeDraft);
        if (!programme.IsSuccess)
        {
            messages.AddRange(programme.Errors.Select(e => $"{programmeFile}: {e.Field}: {e.Message}"));
            return null;
        }

        var window = programme.Value.EnrolmentWindow;
        var weekStart = chosenWeek ?? DateOnly.FromDateTime((window.Closes ?? window.Opens)?.UtcDateTime ?? today.ToDateTime(TimeOnly.MinValue));
        var enrolledFrom = new DateTimeOffset(weekStart.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var mentees = ReadEnrolments(menteesFile, messages, (draft, i) => MenteeEnrolment.Create(draft, programme.Value, enrolledFrom.AddSeconds(i)));
        var mentors = ReadEnrolments(mentorsFile, messages, (draft, i) => MentorEnrolment.Create(draft, programme.Value, enrolledFrom.AddSeconds(i)));
        return messages.Count > 0 ? null : new MatchInput(programme.Value, mentees!, mentors!, weekStart);
    }

    private static List<T>? ReadEnrolments<T>(string file, List<string> messages, Func<EnrolmentDraft, int, Result<T>> create)
        where T : Enrolment
    {
        var drafts = ReadJson<EnrolmentDraft?[]>(file, messages);
        if (drafts is null)
        {
            return null;
        }

        var enrolments = new List<T>(drafts.Length);
        var firstByEmail = new Dictionary<ParticipantId, int>();
        for (var i = 0; i < drafts.Length; i++)
        {
            if (drafts[i] is not { } draft)
            {
                messages.Add($"{file}: [{i}]: must be an enrolment object, not null");
                continue;
            }

            var enrolment = create(draft, i);
            if (!enrolment.IsSuccess)
            {
                messages.AddRange(enrolment.Errors.Select(e => $"{file}: [{i}].{e.Field}: {e.Message}"));
                continue;
            }

            if (!firstByEmail.TryAdd(enrolment.Value.Id, i))
            {
                messages.Add($"{file}: [{i}].email: repeats [{firstByEmail[enrolment.Value.Id]}].email; one person enrols once per programme");
                continue;
            }

            enrolments.Add(enrolment.Value);
        }

        return enrolments;
    }

    private static T? ReadJson<T>(string file, List<string> messages)
        where T : class
    {
        try
        {
            using var stream = File.OpenRead(file);
            var value = JsonSerializer.Deserialize<T>(stream, Json);
            if (value is null)
            {
                messages.Add($"{file}: must not be null");
            }

            return value;
        }
        catch (JsonException e)
        {
            // Line and byte position are zero-based in System.Text.Json; editors count from one.
            var line = (e.LineNumber ?? 0) + 1;
            var column = (e.BytePositionInLine ?? 0) + 1;
            messages.Add($"{file}:{line}:{column}: {(string.IsNullOrEmpty(e.Path) ? "" : e.Path + ": ")}{FirstSentence(e.Message)}");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            messages.Add($"{file}: cannot read: {e.Message}");
            return null;
        }
    }

    // The serializer appends "Path: … | LineNumber: … | BytePositionInLine: …", which the prefix already says.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
