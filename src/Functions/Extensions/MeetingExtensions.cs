using MentorFlow.Infrastructure.Graph;

namespace MentorFlow.Functions.Extensions;

public static class MeetingExtensions
{
    /// <summary>
    /// Microsoft Graph for meetings when any of <c>Graph__TenantId</c>, <c>Graph__ClientId</c>,
    /// <c>Graph__ClientSecret</c> or <c>Graph__Organizer</c> is set: then all four are required (validated at
    /// start-up) and <see cref="GraphMeetingCalendar"/> is registered. Without them, invites travel as iCalendar parts
    /// in the emails.
    /// </summary>
    public static IHostApplicationBuilder AddMeetings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsGraphConfigured(builder.Configuration))
        {
            builder.Services.AddGraphCalendar(builder.Configuration);
        }

        return builder;
    }

    internal static bool IsGraphConfigured(IConfiguration configuration)
        => OptionalSection.IsInUse(
            configuration, GraphOptions.SectionName,
            nameof(GraphOptions.TenantId), nameof(GraphOptions.ClientId), nameof(GraphOptions.ClientSecret), nameof(GraphOptions.Organizer));
}
