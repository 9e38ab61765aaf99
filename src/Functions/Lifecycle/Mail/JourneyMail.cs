using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Programmes;
using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Links;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Lifecycle.Mail;

/// <summary>
/// What every email activity shares: signing participants' links (valid until the step's deadline plus
/// <see cref="LinkGrace"/>, so a link opened a little late still shows its page), the administrator's address, and
/// sending a rendered message under its idempotency key.
/// </summary>
public sealed class JourneyMail(IEmailSender sender, ActionLinkTokens tokens, IOptions<MentorFlowOptions> options, TimeProvider clock)
{
    /// <summary>How long past its step's deadline a link still opens.</summary>
    public static readonly TimeSpan LinkGrace = TimeSpan.FromDays(1);

    public const string AdministratorName = "Programme administrator";

    public MailRecipient Administrator => new(options.Value.AdministratorEmail, AdministratorName);

    public static MailRecipient To(Enrolment participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        return new MailRecipient(participant.Profile.Email.Value, participant.Profile.Name);
    }

    /// <summary>A signed link for one participant's action on one journey, valid until <paramref name="deadline"/> plus the grace.</summary>
    public Uri Link(string journeyId, ParticipantId participant, LinkAction action, string? argument, DateTimeOffset? deadline)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var lifetime = (deadline ?? clock.GetUtcNow()) + LinkGrace - clock.GetUtcNow();
        var issued = tokens.Issue(journeyId, participant.Value, action, argument, lifetime > TimeSpan.Zero ? lifetime : LinkGrace);
        return ParticipantLinkRoutes.Link(options.Value.PublicBaseUrl, issued);
    }

    /// <summary>Where the administrator inspects a journey: its instance in the management API.</summary>
    public Uri JourneyPage(string journeyId) =>
        new(options.Value.PublicBaseUrl, $"runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(journeyId)}");

    /// <summary>The programme's mentor enrolment form, where a mentee who finished can enrol as a mentor.</summary>
    public Uri EnrolmentPage(ProgrammeId programme)
    {
        ArgumentNullException.ThrowIfNull(programme);
        return new(options.Value.PublicBaseUrl, $"api/programmes/{programme.Value}/enrolments?role=mentor");
    }

    public Task<EmailSendOutcome> SendAsync(string idempotencyKey, MailRecipient to, EmailMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return sender.SendAsync(new EmailToSend(idempotencyKey, [to], [], message.Render()), cancellationToken);
    }
}
