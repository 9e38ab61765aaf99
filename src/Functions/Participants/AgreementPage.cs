using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The agreement form: SMART goals, each side's responsibilities, cadence, channels, response time and
/// confidentiality. The mentee submits it; the mentor's "suggest an edit" link lands here too, as a revision.
/// It is checked with the domain's agreement rules over the programme's term from today, the longest the
/// mentorship can still run; the journey checks it again against the mentorship's own term.
/// </summary>
public sealed class AgreementPage(IProgrammeStore programmes, TimeProvider clock) : ILinkPage
{
    private static readonly IReadOnlyList<(string, string)> s_cadences =
        [("monthly", "Monthly"), ("fortnightly", "Every two weeks"), ("weekly", "Weekly"), ("quarterly", "Quarterly")];

    private static readonly IReadOnlyList<(string, string)> s_channels =
        [("video", "Video call"), ("phone", "Phone"), ("inPerson", "In person"), ("chat", "Chat"), ("email", "Email")];

    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        string? Value(string name) => posted?[name].ToString();
        var page = new HtmlPage("Your mentoring agreement", errors)
            .Paragraph("Agree on a few goals and how you will work together. Make each goal specific, measurable, achievable, relevant and time-bound: what you will do, how you will measure it, the target, why it matters to you, and a date inside the programme.")
            .BeginForm(link.FormAction);
        for (var i = 0; i < AgreementForm.GoalRows; i++)
        {
            string Field(string part) => AgreementForm.GoalField(i, part);
            page.BeginGroup(i == 0 ? "Goal 1" : $"Goal {i + 1} (optional)")
                .Input(Field("description"), "What will you do?", Value(Field("description")), required: i == 0)
                .Input(Field("measure"), "How will you measure progress?", Value(Field("measure")), required: i == 0)
                .Input(Field("target"), "What target means the goal is met?", Value(Field("target")), required: i == 0)
                .Input(Field("targetDate"), "By when?", Value(Field("targetDate")), type: "date", required: i == 0)
                .Input(Field("whyItMatters"), "Why does it matter to you?", Value(Field("whyItMatters")), required: i == 0)
                .EndGroup();
        }

        return Task.FromResult(page
            .TextArea(AgreementForm.MenteeResponsibilities, "The mentee's responsibilities", Value(AgreementForm.MenteeResponsibilities), "One per line.", required: true)
            .TextArea(AgreementForm.MentorResponsibilities, "The mentor's responsibilities", Value(AgreementForm.MentorResponsibilities), "One per line.", required: true)
            .Select(AgreementForm.MeetingCadence, "How often will you meet?", Value(AgreementForm.MeetingCadence), s_cadences)
            .Checkboxes(AgreementForm.Channels, "How will you meet and keep in touch?", posted?[AgreementForm.Channels].OfType<string>().ToArray() ?? [], s_channels)
            .Input(AgreementForm.ExpectedResponseHours, "Expected response time, in hours", Value(AgreementForm.ExpectedResponseHours), type: "number", hint: $"Leave empty for {Agreement.DefaultResponseHours} hours.")
            .TextArea(AgreementForm.Confidentiality, "Confidentiality", Value(AgreementForm.Confidentiality), "Leave empty for: " + Agreement.DefaultConfidentiality)
            .EndForm(link.Role == MentorshipRole.Mentee ? "Send the agreement" : "Send the revised agreement"));
    }

    public async Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var (draft, formErrors) = AgreementForm.Read(form);
        var stored = await programmes.GetAsync(link.Journey.Programme, cancellationToken)
            ?? throw new InvalidOperationException($"The programme '{link.Journey.Programme}' of a running journey is not stored.");
        var programme = Programme.Create(stored.Draft).Value;
        var now = clock.GetUtcNow();
        var checkedAgreement = Agreement.Create(draft, now, programme.Term.AddTo(now), now);

        // A value that could not be read is reported once, by the form, not again as missing by the rules.
        var errors = formErrors
            .Concat(checkedAgreement.Errors.Where(e => formErrors.All(f => f.Field != e.Field)))
            .ToList();
        return errors.Count > 0
            ? Result<LinkAct>.Failure(errors)
            : Result<LinkAct>.Success(new RaiseJourneyEvent(
                JourneyEvents.AgreementSubmitted,
                new AgreementSubmitted(link.Mentorship.Value, link.Role, draft, link.Claims.TokenId),
                "Agreement sent",
                link.Role == MentorshipRole.Mentee
                    ? "Your mentor will be asked to confirm it; you will get a copy to confirm too."
                    : "Your mentee will be asked to confirm your revision."));
    }
}
