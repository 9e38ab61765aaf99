namespace MentorFlow.Infrastructure.Graph;

public enum CalendarFailureKind
{
    /// <summary>The event (or mailbox) does not exist: deleted by a person, or a wrong id.</summary>
    NotFound,

    /// <summary>Still throttled after the SDK's retries; try again later.</summary>
    Throttled,

    /// <summary>Graph failed or could not be reached (5xx, network); try again later.</summary>
    Unavailable,

    /// <summary>The request or the app's permissions were refused (400, 401, 403, 409, ...): retrying cannot help.</summary>
    Refused,
}
