namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// Names of the external events a mentee journey waits for. Participants' links, the administrator's endpoints and
/// other orchestrations raise them; the payload records beside this class are their bodies.
/// </summary>
public static class JourneyEvents
{
    /// <summary>The proposed mentor accepted or declined (<see cref="MatchResponse"/>).</summary>
    public const string MatchResponse = "match-response";

    /// <summary>The mentee chose a mentor among the suggestions (<see cref="MentorChosen"/>).</summary>
    public const string MentorChosen = "mentor-chosen";

    /// <summary>The administrator approved, overrode or rejected a proposed match (<see cref="MatchApproval"/>).</summary>
    public const string MatchApproval = "match-approval";

    /// <summary>A cohort run proposes a mentor to a waiting journey (<see cref="CohortProposal"/>).</summary>
    public const string CohortProposal = "cohort-proposal";

    /// <summary>A place may have opened for a waitlisted mentee (no payload).</summary>
    public const string CapacityAvailable = "capacity-available";

    /// <summary>The proposed mentor paused, so the open proposal is withdrawn (<see cref="ProposalWithdrawn"/>).</summary>
    public const string ProposalWithdrawn = "proposal-withdrawn";

    /// <summary>The mentee submitted (or revised) the agreement (<see cref="AgreementSubmitted"/>).</summary>
    public const string AgreementSubmitted = "agreement-submitted";

    /// <summary>One side confirmed the agreement (<see cref="AgreementConfirmed"/>).</summary>
    public const string AgreementConfirmed = "agreement-confirmed";

    /// <summary>One side submitted a review check-in (<see cref="CheckInSubmitted"/>).</summary>
    public const string CheckInSubmitted = "check-in";

    /// <summary>Either side or the administrator asked to end the mentorship early (<see cref="EarlyCloseRequested"/>).</summary>
    public const string EarlyCloseRequested = "early-close";

    /// <summary>One side submitted the final review at close-out (<see cref="FinalReviewSubmitted"/>).</summary>
    public const string FinalReviewSubmitted = "final-review";
}
