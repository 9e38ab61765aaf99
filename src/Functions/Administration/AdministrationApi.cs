using MentorFlow.Functions.Security;

namespace MentorFlow.Functions.Administration;

/// <summary>
/// The administrator's lifecycle endpoints (admin key): decide on a proposed match, end a mentorship early, read a
/// mentorship's meetings with the attendees' answers, start a cohort matching run. Routes are relative to the Functions route prefix (<c>/api</c>).
/// </summary>
public static class AdministrationApi
{
    public static IEndpointRouteBuilder MapAdministration(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(string.Empty).RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName);
        api.MapPost("/mentorships/{id}/approve", MentorshipEndpoints.ApproveAsync);
        api.MapPost("/mentorships/{id}/close", MentorshipEndpoints.CloseAsync);
        api.MapGet("/mentorships/{id}/meetings", MentorshipMeetingsEndpoint.ReadAsync);
        api.MapPost("/programmes/{id}/matching-runs", MatchingRunEndpoint.StartAsync);
        return endpoints;
    }
}
