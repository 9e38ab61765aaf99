namespace MentorFlow.Infrastructure.Links;

/// <summary>What a link in an email lets its participant do; a token is good for exactly one of these.</summary>
public enum LinkAction
{
    Accept,
    Decline,
    Choose,
    SubmitAgreement,
    ConfirmAgreement,
    CheckIn,
    EarlyClose,
    Pause,
    FinalReview,
}
