namespace MentorFlow.Domain.Messages;

/// <summary>What a transport did with an email.</summary>
public enum EmailSendOutcome
{
    /// <summary>Handed over for the first time.</summary>
    Sent,

    /// <summary>An email with the same idempotency key was handed over before: nothing was sent again.</summary>
    AlreadySent,
}
