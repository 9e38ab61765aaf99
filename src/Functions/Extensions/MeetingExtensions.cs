using MentorFlow.Domain.Meetings;
using MentorFlow.Infrastructure.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorFlow.Functions.Extensions;

public static class MeetingExtensions
{
    /// <summary>
    /// Microsoft Graph for meetings when any of <c>Graph__TenantId</c>, <c>Graph__ClientId</c>,
    /// <c>Graph__ClientSecret</c> or <c>Graph__Organizer</c> is set: then all four are required (validated at
    /// start-up), <see cref="GraphMeetingCalendar"/> is registered, and the lifecycle books its meetings through it
    /// (<see cref="GraphMeetingBooker"/>, slots from free/busy by <see cref="GraphMeetingSlotFinder"/>) instead of the
    /// embedded booker registered by <c>AddLifecycle</c>. Without them, invites travel as iCalendar parts in the
    /// emails, whichever mail transport is in use. Call after <c>AddLifecycle</c>.
    /// </summary>
    public static IHostApplicationBuilder AddMeetings(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (IsGraphConfigured(builder.Configuration))
        {
            builder.Services.AddGraphCalendar(builder.Configuration);
            builder.Services.Replace(ServiceDescriptor.Singleton<IMeetingBooker, GraphMeetingBooker>());
            builder.Services.Replace(ServiceDescriptor.Singleton<IMeetingSlotFinder, GraphMeetingSlotFinder>());
        }

        return builder;
    }

    internal static bool IsGraphConfigured(IConfiguration configuration)
        => OptionalSection.IsInUse(
            configuration, GraphOptions.SectionName,
            nameof(GraphOptions.TenantId), nameof(GraphOptions.ClientId), nameof(GraphOptions.ClientSecret), nameof(GraphOptions.Organizer));
}
