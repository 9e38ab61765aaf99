using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>The final-review steps of a journey's close-out, as the final-review pages and the passing deadline would take them.</summary>
public static class FinalReviewSteps
{
    public static FinalReviewDraft Review(int rating, string wentWell, string? carryForward = null) => new(rating, wentWell, carryForward);

    /// <summary>Waits until the journey asks for the final reviews; the status names their deadline.</summary>
    public static Task<JourneyStatus> WaitForFinalReviewsAsync(this LifecycleHost host, string journeyId) =>
        host.WaitForStageAsync(journeyId, JourneyStages.Closing, "the final reviews from the mentee and the mentor");

    /// <summary>Both sides send their final review; the journey closes out.</summary>
    public static async Task<OrchestrationMetadata> SendBothFinalReviewsAsync(this LifecycleHost host, string journeyId, string mentorshipId)
    {
        await host.WaitForFinalReviewsAsync(journeyId);
        await host.RaiseAsync(journeyId, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentee, Review(5, "Preparing each meeting together")));
        await host.RaiseAsync(journeyId, JourneyEvents.FinalReviewSubmitted, new FinalReviewSubmitted(mentorshipId, MentorshipRole.Mentor, Review(4, "Seeing her lead the negotiation")));
        return await host.WaitForCompletionAsync(journeyId);
    }

    /// <summary>Nobody sends a final review: the clock moves to their deadline and the journey closes out without them.</summary>
    public static async Task<OrchestrationMetadata> LetFinalReviewsLapseAsync(this LifecycleHost host, string journeyId)
    {
        var asking = await host.WaitForFinalReviewsAsync(journeyId);
        host.Clock.AdvanceTo(asking.Until!.Value);
        return await host.WaitForCompletionAsync(journeyId);
    }
}
