namespace MentorFlow.Functions.Extensions;

public static class ManagementApiExtensions
{
    /// <summary>What the management API needs beside the durable client and the admin key: a clock.</summary>
    public static IHostApplicationBuilder AddManagementApi(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
