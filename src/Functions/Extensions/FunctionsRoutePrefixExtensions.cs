namespace MentorFlow.Functions.Extensions;

public static class FunctionsRoutePrefixExtensions
{
    private const string RoutePrefixKey = "extensions:http:routePrefix";

    /// <summary>
    /// Behind the Azure Functions host every HTTP function's route carries host.json's route prefix (<c>api</c>), and
    /// the forwarded request keeps it. Treating the prefix as a path base serves the same routes with and without it,
    /// and makes the URLs the management API hands out carry it when the caller used it.
    /// </summary>
    public static WebApplication UseFunctionsRoutePrefix(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var prefix = app.Configuration[RoutePrefixKey]?.Trim('/');
        if (!string.IsNullOrEmpty(prefix))
        {
            app.UsePathBase("/" + prefix);
        }

        return app;
    }
}
