namespace MentorFlow.Functions.Extensions;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error the host answers is RFC 9457 problem details, unhandled exceptions included.</summary>
    public static IHostApplicationBuilder AddProblemResponses(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
        return builder;
    }
}
