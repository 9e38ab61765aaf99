using MentorFlow.Functions.Participants;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Extensions;

public static class ParticipantPageExtensions
{
    /// <summary>
    /// The page behind each kind of participant link, keyed by its <see cref="LinkAction"/>, so a request resolves
    /// only the page (and the stores) its link needs. Needs <c>AddParticipantLinks</c>, the stores and
    /// <c>IMentorPause</c>.
    /// </summary>
    public static IHostApplicationBuilder AddParticipantPages(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddKeyedScoped<ILinkPage>(LinkAction.Accept, (sp, _) => ActivatorUtilities.CreateInstance<MatchResponsePage>(sp, true));
        services.AddKeyedScoped<ILinkPage>(LinkAction.Decline, (sp, _) => ActivatorUtilities.CreateInstance<MatchResponsePage>(sp, false));
        services.AddKeyedScoped<ILinkPage, ChooseMentorPage>(LinkAction.Choose);
        services.AddKeyedScoped<ILinkPage, AgreementPage>(LinkAction.SubmitAgreement);
        services.AddKeyedScoped<ILinkPage, ConfirmAgreementPage>(LinkAction.ConfirmAgreement);
        services.AddKeyedScoped<ILinkPage, CheckInPage>(LinkAction.CheckIn);
        services.AddKeyedScoped<ILinkPage, EarlyClosePage>(LinkAction.EarlyClose);
        services.AddKeyedScoped<ILinkPage, PausePage>(LinkAction.Pause);
        return builder;
    }
}
