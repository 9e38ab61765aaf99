using MentorFlow.Functions.Extensions;

namespace MentorFlow.Functions.Enrolments;

/// <summary>
/// The enrolment route, served under <c>/api</c> like the programme routes: the form as a page (GET) and the post,
/// whose answers a browser gets as pages (<see cref="EnrolmentHtmlResponses"/>).
/// </summary>
public static class EnrolmentApi
{
    public static IEndpointRouteBuilder MapEnrolments(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/programmes/{id}/enrolments", EnrolmentEndpoint.Handler(endpoints.ServiceProvider)).AllowAnonymous().WithMetadata(PublicHotPath.Instance);
        endpoints.MapGet("/programmes/{id}/enrolments", EnrolmentPages.GetAsync).AllowAnonymous();
        return endpoints;
    }
}
