namespace MentorFlow.Infrastructure.Links;

/// <summary>Why a link was accepted or refused; the HTTP edge maps each to its status code.</summary>
public enum LinkCheckStatus
{
    /// <summary>Signed by us, for this journey and action, not expired (and, when redeemed, not used before).</summary>
    Valid,

    /// <summary>Malformed, or not signed by any of our keys: 401.</summary>
    Forged,

    /// <summary>Genuine, but for another journey or another action: 403.</summary>
    WrongScope,

    /// <summary>Genuine, but past its expiry: 410.</summary>
    Expired,

    /// <summary>Genuine and in time, but already used once: 410.</summary>
    AlreadyUsed,
}
