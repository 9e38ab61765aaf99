using MentorFlow.Functions.Programmes;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorFlow.Functions.Extensions;

public static class ProgrammeReadExtensions
{
    /// <summary>
    /// The programmes enrolments are checked against (<see cref="RecentProgrammes"/>), over whichever programme store
    /// the host composes.
    /// </summary>
    public static IHostApplicationBuilder AddRecentProgrammes(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<RecentProgrammes>();
        return builder;
    }
}
