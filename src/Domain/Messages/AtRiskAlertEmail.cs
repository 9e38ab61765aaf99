using MentorFlow.Domain.Reviews;

namespace MentorFlow.Domain.Messages;

/// <summary>Alerts the administrator that a mentorship is at risk, with the reasons and the suggested action.</summary>
public sealed record AtRiskAlertEmail(
    string AdministratorName,
    string MenteeName,
    string MentorName,
    string ProgrammeName,
    RiskAssessment Assessment,
    Uri MentorshipLink) : EmailMessage
{
    public RiskAssessment Assessment { get; } = Assessment is { IsAtRisk: true }
        ? Assessment
        : throw new ArgumentException("An at-risk alert needs an assessment that found a risk.", nameof(Assessment));

    public override string Template => "at-risk-alert";

    public override EmailContent Render()
    {
        return new EmailComposer(AdministratorName)
            .Paragraph($"The mentorship between {MenteeName} (mentee) and {MentorName} (mentor) in {ProgrammeName} looks at risk after review {Assessment.LatestCycle}.")
            .List("Why:", Assessment.Reasons.Select(r => r.Explanation))
            .Paragraph("Suggested action: " + Describe(Assessment.SuggestedAction!.Value))
            .Link("Open the mentorship", MentorshipLink)
            .Build($"A mentorship in {ProgrammeName} is at risk", ProgrammeName);
    }

    private static string Describe(SuggestedAction action) => action switch
    {
        SuggestedAction.RevisitGoals => "revisit the goals with both of them, so they are clear and still relevant.",
        SuggestedAction.AdministratorCall => "give them a call to hear how it is going and what would help.",
        SuggestedAction.TakeABreak => "suggest a short break, then revisit the goals to keep it fresh.",
        _ => "talk to them about a rematch with another mentor.",
    };
}
