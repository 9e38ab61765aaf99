using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class AdminKeyExtensions
{
    private const string RequestLineLogCategory = "Microsoft.AspNetCore.Hosting.Diagnostics";
    private const string SuppressAutoDefaultScheme = "Microsoft.AspNetCore.Authentication.SuppressAutoDefaultScheme";

    /// <summary>
    /// Protects the management API with the admin key: configured, or generated once and kept in the data directory.
    /// </summary>
    public static IHostApplicationBuilder AddAdminKey(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Resolved from the validated options when first needed, so tests and hosts can set the data directory late.
        builder.Services.AddSingleton(sp => AdminKeyFile.LoadOrCreate(sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value));
        builder.Services.AddHostedService<AdminKeyAnnouncement>();
        var dataIsShared = DurableRuntimeExtensions.IsCosmosDbConfigured(builder.Configuration);
        builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SharedKeysWarning>(sp, dataIsShared));

        // ASP.NET Core logs every request line, query string included, at Information: with ?code= that would put
        // the admin key in the logs.
        builder.Logging.AddFilter(RequestLineLogCategory, level => level >= LogLevel.Warning);

        // The admin key is asked for by the policy of the routes it guards, not by every request: a lone scheme is
        // made the default unless this documented switch says otherwise, and the authentication middleware would then
        // run the key's handler for every enrolment and page too. (A process-wide switch, read when the options are
        // first built; every host in the process wants the same.)
        AppContext.SetSwitch(SuppressAutoDefaultScheme, isEnabled: true);
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AdminKeyAuthenticationHandler>(AdminKeyAuthenticationHandler.SchemeName, configureOptions: null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AdminKeyAuthenticationHandler.PolicyName, policy => policy
                .AddAuthenticationSchemes(AdminKeyAuthenticationHandler.SchemeName)
                .RequireAuthenticatedUser());
        return builder;
    }
}
