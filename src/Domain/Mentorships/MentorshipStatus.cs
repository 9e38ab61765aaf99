namespace MentorFlow.Domain.Mentorships;

/// <summary>Where a mentorship stands. Closed, Declined and Cancelled are final.</summary>
public enum MentorshipStatus
{
    /// <summary>A mentor has been proposed and has not answered yet.</summary>
    Proposed,

    /// <summary>The mentor accepted; the agreement has not been asked for yet.</summary>
    Accepted,

    /// <summary>Waiting for both sides to confirm the mentoring agreement.</summary>
    AgreementPending,

    /// <summary>Agreement confirmed; review cycles run.</summary>
    Active,

    /// <summary>The term ended or an early close was asked for; the final review is under way.</summary>
    Closing,

    /// <summary>Closed out after the final review.</summary>
    Closed,

    /// <summary>The mentor declined the proposal.</summary>
    Declined,

    /// <summary>Called off before it became active (withdrawn proposal, early close before the agreement).</summary>
    Cancelled,
}
