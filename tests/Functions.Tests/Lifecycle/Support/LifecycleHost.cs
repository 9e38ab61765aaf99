using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Messages;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// The real host (Program: durable runtime and domain data over SQLite in a temp data directory, or over Cosmos DB when
/// <paramref name="settings"/> configure it, see <see cref="LifecycleStorage"/>; the local outbox; the lifecycle) on
/// a manual clock. Tests act as the pages
/// and the administrator would: they raise the lifecycle's events, move the clock to the deadlines the journeys'
/// statuses name, and read the outbox. <paramref name="settings"/> adds settings (an integration's, say) and
/// <paramref name="configureServices"/> changes services after the host registered its own.
/// </summary>
public sealed class LifecycleHost(
    Func<IEmailSender, IEmailSender>? decorateMail = null,
    IReadOnlyDictionary<string, string>? settings = null,
    Action<IServiceCollection>? configureServices = null) : MentorFlowHostFactory
{
    /// <summary>How long a test waits for something before it fails (a guard against hangs, not an assertion on time).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The host's own stores, on whichever storage it was given.</summary>
    public ICapacityStore Capacity => Services.GetRequiredService<ICapacityStore>();

    public IParticipantStore Participants => Services.GetRequiredService<IParticipantStore>();

    public IProgrammeStore Programmes => Services.GetRequiredService<IProgrammeStore>();

    public string OutboxDirectory => Path.Combine(DataDirectory, LocalOutboxOptions.DirectoryName);

    public ActionLinkTokens Tokens => Services.GetRequiredService<ActionLinkTokens>();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
    {
        ["extensions:durableTask:minPollingInterval"] = "00:00:00.002",
        ["extensions:durableTask:maxPollingInterval"] = "00:00:00.020",
        ["extensions:durableTask:clientPollingInterval"] = "00:00:00.010",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            if (decorateMail is not null)
            {
                var transport = services.Last(d => d.ServiceType == typeof(IEmailSender));
                var create = transport.ImplementationFactory!;
                services.Replace(ServiceDescriptor.Singleton(sp => decorateMail((IEmailSender)create(sp))));
            }

            configureServices?.Invoke(services);
        });
    }

    public async Task<Programme> AddProgrammeAsync(ProgrammeDraft draft)
    {
        var programme = Programme.Create(draft);
        Assert.True(programme.IsSuccess, string.Join("; ", programme.Errors));
        await Programmes.TryAddAsync(programme.Value.Id, draft, Clock.GetUtcNow(), CancellationToken.None);
        return programme.Value;
    }

    public static ParticipantId IdOf(Programme programme, EnrolmentDraft draft) =>
        ParticipantId.For(programme.Id, EmailAddress.Parse(draft.Email, "email").Value);

    /// <summary>Enrols a mentor as the enrolment endpoint does, and waits until their intake is done.</summary>
    public async Task<ParticipantId> EnrolMentorAsync(Programme programme, EnrolmentDraft draft)
    {
        var id = IdOf(programme, draft);
        var intake = JourneyIds.MentorIntake(programme.Id, id);
        await DurableClient.ScheduleNewOrchestrationInstanceAsync(
            OrchestrationNames.MentorIntake, new EnrolmentAccepted(programme.Id.Value, id.Value, draft, Clock.GetUtcNow()), new StartOrchestrationOptions(intake));
        using var patience = new CancellationTokenSource(Patience);
        var done = await DurableClient.WaitForInstanceCompletionAsync(intake, getInputsAndOutputs: true, patience.Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.True(done.ReadOutputAs<IntakeOutcome>()!.Joined);
        return id;
    }

    /// <summary>Starts a mentee's journey as the enrolment endpoint does; returns the journey id.</summary>
    public async Task<string> EnrolMenteeAsync(Programme programme, EnrolmentDraft draft)
    {
        var id = IdOf(programme, draft);
        var journey = JourneyIds.MenteeJourney(programme.Id, id);
        await DurableClient.ScheduleNewOrchestrationInstanceAsync(
            OrchestrationNames.MenteeJourney, new EnrolmentAccepted(programme.Id.Value, id.Value, draft, Clock.GetUtcNow()), new StartOrchestrationOptions(journey));
        return journey;
    }

    public async Task<JourneyStatus> WaitForStatusAsync(string journeyId, Func<JourneyStatus, bool> condition)
    {
        using var patience = new CancellationTokenSource(Patience);
        JourneyStatus? last = null;
        while (!patience.IsCancellationRequested)
        {
            var instance = await DurableClient.GetInstanceAsync(journeyId, getInputsAndOutputs: true);
            Assert.False(instance?.RuntimeStatus == OrchestrationRuntimeStatus.Failed, instance?.FailureDetails?.ToString());
            last = instance?.ReadCustomStatusAs<JourneyStatus>();
            if (last is not null && condition(last))
            {
                return last;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        }

        throw new TimeoutException($"Journey {journeyId} did not reach the expected status; last: {last}");
    }

    public Task<JourneyStatus> WaitForStageAsync(string journeyId, string stage, string? waitingFor = null) =>
        WaitForStatusAsync(journeyId, s => s.Stage == stage && (waitingFor is null || s.WaitingFor.Contains(waitingFor, StringComparison.Ordinal)));

    public async Task<OrchestrationMetadata> WaitForCompletionAsync(string instanceId)
    {
        using var patience = new CancellationTokenSource(Patience);
        return await DurableClient.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, patience.Token);
    }

    public Task RaiseAsync(string journeyId, string eventName, object payload) =>
        DurableClient.RaiseEventAsync(journeyId, eventName, payload);

    /// <summary>Waits for the mentor's question and answers it yes, as the accept link's page would; returns the mentorship id.</summary>
    public async Task<string> AcceptAsync(string journeyId)
    {
        var asking = await WaitForStageAsync(journeyId, JourneyStages.AwaitingMentor);
        await RaiseAsync(journeyId, JourneyEvents.MatchResponse, new MatchResponse(asking.MentorshipId!, Accepted: true));
        return asking.MentorshipId!;
    }

    /// <summary>The mentee submits a valid agreement and the mentor confirms it, as their links' pages would.</summary>
    public async Task AgreeAsync(string journeyId, string mentorshipId)
    {
        await WaitForStageAsync(journeyId, JourneyStages.Agreement, "the mentee's agreement");
        await RaiseAsync(journeyId, JourneyEvents.AgreementSubmitted,
            new AgreementSubmitted(mentorshipId, MentorshipRole.Mentee, LifecycleDrafts.Agreement(Clock.GetUtcNow().AddMinutes(25))));
        await WaitForStageAsync(journeyId, JourneyStages.Agreement, "confirmation of the agreement by the mentor");
        await RaiseAsync(journeyId, JourneyEvents.AgreementConfirmed, new AgreementConfirmed(mentorshipId, MentorshipRole.Mentor, 1));
    }

    public IReadOnlyList<OutboxEmail> Outbox() => OutboxEmail.ReadAll(OutboxDirectory);

    /// <summary>Waits until an email whose key ends with <paramref name="keyEnd"/> is in the outbox.</summary>
    public async Task<OutboxEmail> WaitForEmailAsync(string keyEnd)
    {
        using var patience = new CancellationTokenSource(Patience);
        while (!patience.IsCancellationRequested)
        {
            if (Outbox().FirstOrDefault(e => e.Key.EndsWith(keyEnd, StringComparison.Ordinal)) is { } email)
            {
                return email;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        }

        throw new TimeoutException($"No email with a key ending {keyEnd}; outbox: {string.Join(", ", Outbox())}");
    }

    /// <summary>The single link of <paramref name="action"/> in an email, checked as the pages would check it.</summary>
    public ActionLinkClaims LinkIn(OutboxEmail email, string journeyId, LinkAction action) => LinkIn(email.Links, journeyId, action);

    public ActionLinkClaims LinkIn(IReadOnlyList<Uri> links, string journeyId, LinkAction action)
    {
        var name = LinkActionNames.Name(action);
        var link = Assert.Single(links, l => l.AbsolutePath.EndsWith("/" + name, StringComparison.Ordinal));
        Assert.Equal($"/api/journeys/{journeyId}/{name}", Uri.UnescapeDataString(link.AbsolutePath));
        var token = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        var check = Tokens.Check(token, journeyId, action);
        Assert.Equal(LinkCheckStatus.Valid, check.Status);
        return check.Claims!;
    }
}
