using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Security;

/// <summary>
/// Authenticates a caller that presents the admin key the way Azure Functions takes function keys: the
/// <c>x-functions-key</c> header or the <c>code</c> query parameter. A refused caller gets a 401 problem details
/// response before any endpoint code runs, so nothing happens.
/// </summary>
public sealed class AdminKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AdminKey adminKey,
    IProblemDetailsService problemDetails)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AdminKey";
    public const string PolicyName = "AdminKey";
    public const string HeaderName = "x-functions-key";
    public const string QueryParameterName = "code";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? presented = Request.Headers[HeaderName].FirstOrDefault() ?? Request.Query[QueryParameterName].FirstOrDefault();
        if (string.IsNullOrEmpty(presented))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (!adminKey.Matches(presented))
        {
            return Task.FromResult(AuthenticateResult.Fail("The admin key presented is not valid."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "admin")], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        await problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails =
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = "Unauthorized",
                Detail = $"Send the admin key in the {HeaderName} header or the {QueryParameterName} query parameter.",
            },
        });
    }
}
