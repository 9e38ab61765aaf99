namespace MentorFlow.Functions.Enrolments;

/// <summary>The enrolment route, served under <c>/api</c> like the programme routes.</summary>
public static class EnrolmentApi
{
    public static IEndpointRouteBuilder MapEnrolments(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/programmes/{id}/enrolments", EnrolmentEndpoint.PostAsync).AllowAnonymous();
        return endpoints;
    }
}
