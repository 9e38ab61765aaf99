using MentorFlow.Functions.Security;

namespace MentorFlow.Functions.Programmes;

/// <summary>
/// The programme routes. They are mapped without the Functions route prefix: <c>UseFunctionsRoutePrefix</c> serves
/// them under <c>/api</c> (host.json's <c>extensions:http:routePrefix</c>).
/// </summary>
public static class ProgrammeApi
{
    public const string ProgrammePath = "/programmes/{id}";

    public static IEndpointRouteBuilder MapProgrammes(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost("/programmes", ProgrammeEndpoints.CreateAsync).RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName);
        endpoints.MapPut(ProgrammePath, ProgrammeEndpoints.PutAsync).RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName);
        endpoints.MapGet(ProgrammePath, ProgrammeEndpoints.GetAsync).AllowAnonymous();
        endpoints.MapGet(ProgrammePath + "/mentorships", MentorshipsEndpoint.ListAsync).RequireAuthorization(AdminKeyAuthenticationHandler.PolicyName);
        return endpoints;
    }
}
