namespace MentorFlow.Functions.Extensions;

/// <summary>
/// Marks a route whose every answer has a body and which no key guards (the enrolment post), so that the middlewares
/// it has no use for stay out of its way: status code pages, authentication and authorization.
/// </summary>
public sealed class PublicHotPath
{
    public static readonly PublicHotPath Instance = new();

    private PublicHotPath()
    {
    }
}

public static class RequestPipelineExtensions
{
    // The keys by which WebApplication tells that the app placed these middlewares itself.
    private const string AuthenticationSetKey = "__AuthenticationMiddlewareSet";
    private const string AuthorizationSetKey = "__AuthorizationMiddlewareSet";

    /// <summary>
    /// Status code pages (problem details for an answer without a body), authentication and authorization, for every
    /// endpoint but those marked <see cref="PublicHotPath"/>: enrolments pour in through one public route, and these
    /// three cost it about a tenth of its CPU (they make each request's service scope and an async frame each, for
    /// nothing there).
    /// </summary>
    /// <remarks>
    /// WebApplication puts authentication and authorization at the very start of the pipeline when the app has not
    /// placed them itself, and it tells that by two keys of the builder's properties; placed in a branch they do not
    /// reach the outer builder, so they are set here. Were the framework to read other keys, it would add both again
    /// before routing, where they cost what they did and authorize nothing: the branch still guards the routes.
    /// </remarks>
    public static WebApplication UseStatusPagesAndAuthorization(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        IApplicationBuilder builder = app;
        builder.Properties[AuthenticationSetKey] = true;
        builder.Properties[AuthorizationSetKey] = true;
        app.UseWhen(
            context => context.GetEndpoint()?.Metadata.GetMetadata<PublicHotPath>() is null,
            branch => branch.UseStatusCodePages().UseAuthentication().UseAuthorization());
        return app;
    }
}
