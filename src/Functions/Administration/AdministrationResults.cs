using MentorFlow.Durable.Client;

namespace MentorFlow.Functions.Administration;

/// <summary>The administrator endpoints' outcomes as HTTP: 202 when the journey will act, RFC 9457 problem details otherwise.</summary>
public static class AdministrationResults
{
    public static IResult FromRaise(InstanceOperationResult result, string mentorshipId, string journeyId) => result switch
    {
        InstanceOperationResult.Accepted => TypedResults.Accepted((string?)null, new { mentorshipId, journeyId }),
        InstanceOperationResult.NotFound => JourneyNotFound(mentorshipId, journeyId),
        _ => JourneyFinished(mentorshipId, journeyId),
    };

    public static IResult JourneyNotFound(string mentorshipId, string journeyId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Mentorship not found",
        detail: $"No journey '{journeyId}' exists for the mentorship '{mentorshipId}'.",
        extensions: new Dictionary<string, object?> { ["mentorshipId"] = mentorshipId, ["journeyId"] = journeyId });

    public static IResult JourneyFinished(string mentorshipId, string journeyId) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Journey finished",
        detail: $"The journey '{journeyId}' of the mentorship '{mentorshipId}' has finished; it takes no more decisions.",
        extensions: new Dictionary<string, object?> { ["mentorshipId"] = mentorshipId, ["journeyId"] = journeyId });

    public static IResult ProgrammeNotFound(string programmeId) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Programme not found",
        detail: $"No programme has the id '{programmeId}'.",
        extensions: new Dictionary<string, object?> { ["programmeId"] = programmeId });
}
