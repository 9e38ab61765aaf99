using MentorFlow.Functions.Hosting;
using MentorFlow.Infrastructure.Links;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Extensions;

public static class ParticipantLinkExtensions
{
    /// <summary>
    /// Signed, single-use participant links: the signing keys (configured, or generated once into the data
    /// directory), <see cref="ActionLinkTokens"/> to issue and check them, and <see cref="SingleUseLinks"/> over the
    /// used-link ledger that <c>AddMentoringStores</c> registers with the other domain data.
    /// </summary>
    public static IHostApplicationBuilder AddParticipantLinks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MentorFlowOptions>>().Value;
            return LinkSigningKeyFile.LoadOrCreate(options.LinkSigningKey, options.PreviousLinkSigningKey, options.DataDirectoryFullPath);
        });
        builder.Services.AddSingleton<ActionLinkTokens>();
        builder.Services.AddSingleton<SingleUseLinks>();
        return builder;
    }
}
