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
        services.AddSingleton<LinkActsInFlight>();
        // Factories, so each page and the stores it needs are resolved only when a link of its kind is opened: the
        // stores and the mentor pause are registered by their own concerns, and a host without them still starts.
        Add<MatchResponsePage>(services, LinkAction.Accept, true);
        Add<MatchResponsePage>(services, LinkAction.Decline, false);
        Add<ChooseMentorPage>(services, LinkAction.Choose);
        Add<AgreementPage>(services, LinkAction.SubmitAgreement);
        Add<ConfirmAgreementPage>(services, LinkAction.ConfirmAgreement);
        Add<CheckInPage>(services, LinkAction.CheckIn);
        Add<EarlyClosePage>(services, LinkAction.EarlyClose);
        Add<PausePage>(services, LinkAction.Pause);
        Add<FinalReviewPage>(services, LinkAction.FinalReview);
        return builder;
    }

    private static void Add<TPage>(IServiceCollection services, LinkAction action, params object[] arguments)
        where TPage : ILinkPage
        => services.AddKeyedScoped<ILinkPage>(action, (sp, _) => ActivatorUtilities.CreateInstance<TPage>(sp, arguments));
}
