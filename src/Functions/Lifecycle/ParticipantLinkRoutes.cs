using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// Where participants' links point: <c>/api/journeys/{journeyId}/{action}?token={token}</c>. A GET shows a small
/// page, a POST acts. The journey id and the action are in the path so the token is checked against what the
/// request is about, not only against itself. Activities build these links into emails; the pages answer them.
/// </summary>
/// <remarks>
/// What each token's argument holds: the mentorship id for accept, decline, submit-agreement, early-close and
/// final-review;
/// <c>{mentorshipId}/{revision}</c> for confirm-agreement (a confirmation is of the revision the email showed, so a
/// link to an older text cannot confirm a newer one); <c>{mentorshipId}/{mentorId}</c> for choose;
/// <c>{mentorshipId}/{cycle}</c> for check-in; nothing for pause (its journey id is the mentor intake's).
/// The acting side is the token's participant: the mentee when it is the journey's mentee, otherwise the mentor.
/// </remarks>
public static class ParticipantLinkRoutes
{
    /// <summary>
    /// The route pattern the pages map. It is relative to the Functions route prefix (<c>/api</c>, host.json), which the
    /// host takes as its path base, as every other HTTP function's route is; the public links carry the prefix.
    /// </summary>
    public const string Pattern = "/journeys/{journeyId}/{action}";

    /// <summary>The absolute link for a signed token.</summary>
    public static Uri Link(Uri publicBaseUrl, IssuedLink link)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        ArgumentNullException.ThrowIfNull(link);
        var path = $"api/journeys/{Uri.EscapeDataString(link.Claims.JourneyId)}/{LinkActionNames.Name(link.Claims.Action)}?token={Uri.EscapeDataString(link.Token)}";
        return new Uri(publicBaseUrl, path);
    }
}
