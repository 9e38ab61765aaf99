using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;

namespace MentorFlow.Functions.Webhooks;

/// <summary>
/// What a bounce, drop or block means for MentorFlow: the participant the email went to is marked undeliverable and
/// the administrator is told once (the alert's key is <c>undeliverable/{programme}/{participant}</c>). The programme
/// comes from the email's correlation id (<c>{journey id}/{step}</c>, sent in <c>custom_args</c>); the participant is
/// the one of that programme with the event's address, the journey's own participant first. Both effects are
/// idempotent, so an event handled twice changes nothing more.
/// </summary>
public sealed partial class UndeliverableAddresses(
    IProgrammeStore programmes,
    IParticipantStore participants,
    JourneyMail mail,
    ILogger<UndeliverableAddresses> logger)
{
    /// <summary>Marks and alerts; false when the event names no participant MentorFlow knows (nothing to do).</summary>
    public async Task<bool> HandleAsync(DeliveryEvent delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var journey = JourneyKey.TryParse(delivery.CorrelationId?.Split('/', 2)[0]);
        if (journey is null || string.IsNullOrWhiteSpace(delivery.Email)
            || await programmes.GetAsync(journey.Programme, cancellationToken) is not { } stored
            || await FindAsync(journey, delivery.Email, cancellationToken) is not { } participant)
        {
            LogUnknownRecipient(delivery.EventId);
            return false;
        }

        await participants.SetStatusAsync(participant.Programme, participant.Id, ParticipantStatus.Undeliverable, cancellationToken);
        var programme = Programme.Create(stored.Draft).Value;
        var journeyId = participant.Role == EnrolmentRole.Mentor
            ? JourneyIds.MentorIntake(participant.Programme, participant.Id)
            : JourneyIds.MenteeJourney(participant.Programme, participant.Id);
        var alert = new UndeliverableAddressEmail(
            JourneyMail.AdministratorName, participant.Draft.Name ?? participant.Id.Value, participant.Role, programme.Name, delivery.Reason, mail.JourneyPage(journeyId));
        await mail.SendAsync($"undeliverable/{participant.Programme.Value}/{participant.Id.Value}", mail.Administrator, alert, cancellationToken);
        LogMarked(delivery.EventId, participant.Programme.Value, participant.Id.Value);
        return true;
    }

    // The journey's own participant first; otherwise the id the programme and the address make (ParticipantId.For).
    private async Task<StoredParticipant?> FindAsync(JourneyKey journey, string email, CancellationToken cancellationToken)
    {
        if (await participants.GetAsync(journey.Programme, journey.Participant, cancellationToken) is { } own && HasAddress(own, email))
        {
            return own;
        }

        return EmailAddress.Parse(email, "email") is { IsSuccess: true } address
            && await participants.GetAsync(journey.Programme, ParticipantId.For(journey.Programme, address.Value), cancellationToken) is { } other
            && HasAddress(other, email)
                ? other
                : null;
    }

    private static bool HasAddress(StoredParticipant participant, string email)
        => string.Equals(participant.Draft.Email?.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Information, Message = "SendGrid event {EventId}: no participant of MentorFlow's to mark undeliverable")]
    private partial void LogUnknownRecipient(string eventId);

    [LoggerMessage(EventId = 5122, Level = LogLevel.Warning, Message = "SendGrid event {EventId}: participant {ParticipantId} of programme {ProgrammeId} marked undeliverable")]
    private partial void LogMarked(string eventId, string programmeId, string participantId);
}
