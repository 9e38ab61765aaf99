using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Reviews;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>Alerts the administrator, with the reasons and the suggested action of <see cref="RiskAssessment"/>; once per cycle.</summary>
public sealed class SendAtRiskAlert(JourneyDirectory directory, JourneyMail mail) : TaskActivity<AtRiskNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, AtRiskNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var assessment = RiskAssessment.Assess(CycleRecord.ToCheckIns(input.Cycles), programme.Risk);
        if (!assessment.IsAtRisk)
        {
            return false;
        }

        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.MentorId, context.CancellationToken).ConfigureAwait(false);
        var email = new AtRiskAlertEmail(JourneyMail.AdministratorName, mentee.Profile.Name, mentor.Profile.Name, programme.Name, assessment, mail.JourneyPage(input.Journey.JourneyId));
        await mail.SendAsync($"{input.Journey.JourneyId}/at-risk/{input.Cycle}", mail.Administrator, email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
