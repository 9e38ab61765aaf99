using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Functions.Participants;
using Microsoft.Extensions.Primitives;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// The enrolment form of one role as an HTML page, its field names those <see cref="EnrolmentForm"/> reads, so the
/// page posts exactly what the enrolment endpoint accepts. Shown empty by <c>GET</c>, and again with the posted values
/// and each error beside its field when a browser's post is refused with 400. Lists of words are one text box, the
/// words separated by commas; lists of objects have <see cref="Rows"/> rows, blank rows being left out.
/// </summary>
public static class EnrolmentFormPage
{
    public const int Rows = 3;

    private static readonly (string Value, string Text)[] Days =
        [("", "—"), ("monday", "Monday"), ("tuesday", "Tuesday"), ("wednesday", "Wednesday"), ("thursday", "Thursday"),
         ("friday", "Friday"), ("saturday", "Saturday"), ("sunday", "Sunday")];

    private static readonly (string Value, string Text)[] Channels =
        [("video", "Video call"), ("phone", "Phone"), ("inPerson", "In person"), ("chat", "Chat"), ("email", "Email")];

    private static readonly (string Value, string Text)[] Styles =
        [("", "No preference"), ("direct", "Direct"), ("supportive", "Supportive"), ("coaching", "Coaching"), ("structured", "Structured"), ("informal", "Informal")];

    private static readonly (string Value, string Text)[] Backgrounds =
        [("noPreference", "No preference"), ("similar", "Similar to mine"), ("different", "Different from mine")];

    private static readonly (string Value, string Text)[] Levels =
        [("", "—"), ("intermediate", "Intermediate"), ("advanced", "Advanced"), ("expert", "Expert")];

    // Errors on a whole list (no row of it is a field of the page) are listed under the list's name.
    private static readonly Dictionary<string, string> ListLabels = new(StringComparer.Ordinal)
    {
        ["goals"] = "Goals",
        ["availability"] = "Weekly availability",
        ["skillsOffered"] = "Skills you offer",
    };

    /// <summary>The form for <paramref name="role"/>, posting to <paramref name="action"/>.</summary>
    public static HtmlPage Render(
        string programmeName, EnrolmentRole role, string action,
        IReadOnlyDictionary<string, StringValues>? values = null, IReadOnlyList<FieldError>? errors = null)
    {
        var posted = values ?? new Dictionary<string, StringValues>();
        string? Value(string name) => posted.TryGetValue(name, out var given) ? string.Join(", ", given.Where(v => !string.IsNullOrWhiteSpace(v))) : null;
        IReadOnlyCollection<string> Chosen(string name) => posted.TryGetValue(name, out var given) ? [.. given.OfType<string>()] : [];

        var title = role == EnrolmentRole.Mentor ? $"Become a mentor in {programmeName}" : $"Enrol as a mentee in {programmeName}";
        var page = new HtmlPage(title, Labelled(errors ?? []))
            .BeginForm(action)
            .Hidden("role", role == EnrolmentRole.Mentor ? "mentor" : "mentee")
            .Input("name", "Your name", Value("name"), required: true)
            .Input("email", "Your email", Value("email"), type: "email", required: true)
            .Input("timeZone", "Time zone", Value("timeZone"), hint: "As in Europe/London or America/New_York.", required: true)
            .Input("languages", "Languages you speak", Value("languages"), hint: "Language tags separated by commas, such as en, de.", required: true)
            .Input("organisation", "Organisation", Value("organisation"))
            .Input("department", "Department", Value("department"))
            .Input("managerEmail", "Your manager's email", Value("managerEmail"), type: "email",
                hint: "Keeps mentors out of your own reporting line.")
            .Input("seniority.level", "Seniority level", Value("seniority.level"), type: "number", hint: "1 (entry) to 10 (executive).")
            .Input("seniority.yearsOfExperience", "Years of experience", Value("seniority.yearsOfExperience"), type: "number")
            .Input("industry", "Industry", Value("industry"))
            .Checkboxes("channels", "How you like to meet", Chosen("channels"), Channels)
            .Input("background", "Your background", Value("background"), hint: "Optional, separated by commas, such as career changer, first-generation graduate.");
        for (var row = 0; row < Rows; row++)
        {
            page.BeginGroup($"Weekly availability {row + 1}")
                .Select($"availability[{row}].day", "Day", Value($"availability[{row}].day"), Days)
                .Input($"availability[{row}].start", "From", Value($"availability[{row}].start"), type: "time")
                .Input($"availability[{row}].end", "Until", Value($"availability[{row}].end"), type: "time")
                .EndGroup();
        }

        if (role == EnrolmentRole.Mentor)
        {
            page.Input("expertise", "Areas of expertise", Value("expertise"), hint: "Separated by commas.");
            for (var row = 0; row < Rows; row++)
            {
                page.BeginGroup($"Skill you offer {row + 1}")
                    .Input($"skillsOffered[{row}].skill", "Skill", Value($"skillsOffered[{row}].skill"))
                    .Select($"skillsOffered[{row}].level", "Level", Value($"skillsOffered[{row}].level"), Levels)
                    .EndGroup();
            }

            page.Input("capacity", "How many mentees at once", Value("capacity"), type: "number", hint: "Leave blank for the programme's default.")
                .Select("communicationStyle", "Your mentoring style", Value("communicationStyle"), Styles)
                .TextArea("motivation", "Why you mentor", Value("motivation"));
        }
        else
        {
            for (var row = 0; row < Rows; row++)
            {
                page.BeginGroup($"Goal {row + 1}")
                    .TextArea($"goals[{row}].text", "What you want to achieve", Value($"goals[{row}].text"))
                    .Input($"goals[{row}].tags", "Topics", Value($"goals[{row}].tags"), hint: "Separated by commas, such as leadership, networking.")
                    .EndGroup();
            }

            page.Input("skillsWanted", "Skills you want to learn", Value("skillsWanted"), hint: "Separated by commas.")
                .BeginGroup("Your wishes for a mentor")
                .Checkboxes("wishes.industryExperience", "Experience in my industry", Chosen("wishes.industryExperience"), [("true", "Yes, please")])
                .Select("wishes.communicationStyle", "Mentoring style", Value("wishes.communicationStyle"), Styles)
                .Select("wishes.background", "Background", Value("wishes.background") ?? "noPreference", Backgrounds)
                .EndGroup();
        }

        return page.EndForm(role == EnrolmentRole.Mentor ? "Enrol as a mentor" : "Enrol as a mentee");
    }

    private static List<FieldError> Labelled(IReadOnlyList<FieldError> errors)
        => [.. errors.Select(e => ListLabels.TryGetValue(e.Field, out var label) ? e with { Message = $"{label}: {e.Message}" } : e)];
}
