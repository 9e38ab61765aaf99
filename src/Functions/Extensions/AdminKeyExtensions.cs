using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class AdminKeyExtensions
{
    /// <summary>
    /// Protects the management API with the admin key: configured, or generated once and kept in the data directory.
    /// </summary>
    public static IHostApplicationBuilder AddAdminKey(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Resolved from the validated options when first needed, so tests and hosts can set the data directory late.
        builder.Services.AddSingleton(sp => AdminKeyFile.LoadOrCreate(sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value));
        builder.Services.AddHostedService<AdminKeyAnnouncement>();

        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminKeyAuthenticationHandler.SchemeName, configureOptions: null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminKeyAuthenticationHandler.PolicyName, policy => policy
                .AddAuthenticationSchemes(AdminKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
        return builder;
    }
}
