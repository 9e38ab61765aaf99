namespace MentorFlow.Domain.Storage;

/// <summary>Where a participant stands apart from any mentorship.</summary>
public enum ParticipantStatus
{
    Active,

    /// <summary>A mentor who asked for no new proposals for now.</summary>
    Paused,

    /// <summary>Mail to the participant bounced or was dropped; the administrator was told.</summary>
    Undeliverable,
}
