using System.Security.Cryptography;
using System.Text;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.History;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.TestOrchestrations;
using MentorFlow.Infrastructure.Links;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// One mentee's journey in a <see cref="LifecycleHostFactory"/>, with its mentor: ids named after a test so tests
/// never share a journey, the participants stored, links signed with the host's key, and the events the journey got.
/// </summary>
public sealed class JourneyBed
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);
    private readonly LifecycleHostFactory _host;

    private JourneyBed(LifecycleHostFactory host, string name)
    {
        _host = host;
        Mentee = Id(name + "/mentee");
        Mentor = Id(name + "/mentor");
        JourneyId = JourneyIds.MenteeJourney(LifecycleHostFactory.Programme, Mentee);
        MentorIntakeId = JourneyIds.MentorIntake(LifecycleHostFactory.Programme, Mentor);
        MentorshipId = JourneyIds.Mentorship(LifecycleHostFactory.Programme, Mentee, 1);
    }

    public ParticipantId Mentee { get; }

    public ParticipantId Mentor { get; }

    public string JourneyId { get; }

    public string MentorIntakeId { get; }

    public string MentorshipId { get; }

    /// <summary>Stores both participants under the given names and starts the journey (an event recorder).</summary>
    public static async Task<JourneyBed> StartAsync(LifecycleHostFactory host, string name, string menteeName = "Mia Mentee", string mentorName = "Max Mentor")
    {
        var bed = new JourneyBed(host, name);
        await bed.StoreAsync(bed.Mentee, EnrolmentRole.Mentee, menteeName);
        await bed.StoreAsync(bed.Mentor, EnrolmentRole.Mentor, mentorName);
        await host.DurableClient.ScheduleNewOrchestrationInstanceAsync(EventRecorderOrchestrator.Name, null, new StartOrchestrationOptions(bed.JourneyId));
        using var timeout = new CancellationTokenSource(s_timeout);
        await host.DurableClient.WaitForInstanceStartAsync(bed.JourneyId, cancellationToken: timeout.Token);
        return bed;
    }

    /// <summary>A bed whose participants are stored but whose journey was never started.</summary>
    public static JourneyBed WithoutJourney(LifecycleHostFactory host, string name) => new(host, name);

    /// <summary>A participant id as <see cref="ParticipantId.For"/> shapes them: "p-" and 24 hex digits.</summary>
    public static ParticipantId Id(string seed)
        => new("p-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(seed)), 0, 12));

    public string Link(LinkAction action, string? argument, ParticipantId? participant = null, string? journeyId = null)
        => Link(_host.Services.GetRequiredService<ActionLinkTokens>(), action, argument, participant, journeyId);

    /// <summary>A link whose token expired an hour ago: signed with the host's key by a clock two hours back.</summary>
    public string ExpiredLink(LinkAction action, string? argument, ParticipantId? participant = null)
    {
        var keys = _host.Services.GetRequiredService<LinkSigningKeys>();
        var past = new FixedClock(DateTimeOffset.UtcNow.AddHours(-2));
        return Link(new ActionLinkTokens(keys, past), action, argument, participant, journeyId: null, TimeSpan.FromHours(1));
    }

    /// <summary>The path and query of a link (what a test client requests), as <see cref="ParticipantLinkRoutes.Link"/> builds it.</summary>
    public string Link(ActionLinkTokens tokens, LinkAction action, string? argument, ParticipantId? participant, string? journeyId, TimeSpan? lifetime = null)
    {
        var who = participant ?? (action is LinkAction.Accept or LinkAction.Decline or LinkAction.Pause ? Mentor : Mentee);
        var journey = journeyId ?? (action == LinkAction.Pause ? MentorIntakeId : JourneyId);
        var issued = tokens.Issue(journey, who.Value, action, argument, lifetime ?? TimeSpan.FromDays(7));
        return ParticipantLinkRoutes.Link(new Uri("http://localhost/"), issued).PathAndQuery;
    }

    /// <summary>
    /// The events the journey received so far, in order, as (name, JSON payload). Raises the probe and waits for the
    /// recorder to finish, so every event raised before this call is in the answer; the journey is finished afterwards.
    /// </summary>
    public async Task<IReadOnlyList<(string Name, string? Payload)>> EventsAsync()
    {
        var client = _host.DurableClient;
        await client.RaiseEventAsync(JourneyId, EventRecorderOrchestrator.Probe, "probe");
        using var timeout = new CancellationTokenSource(s_timeout);
        await client.WaitForInstanceCompletionAsync(JourneyId, cancellationToken: timeout.Token);
        var instance = await client.GetInstanceAsync(JourneyId, getHistory: true);
        return [.. instance!.History!.OfType<EventRaisedEvent>().Where(e => e.Name != EventRecorderOrchestrator.Probe).Select(e => (e.Name, e.Input))];
    }

    /// <summary>Ends the journey (the recorder finishes), as a journey that has closed.</summary>
    public async Task FinishAsync() => await EventsAsync();

    private Task StoreAsync(ParticipantId id, EnrolmentRole role, string name)
        => _host.Participants.AddAsync(
            new StoredParticipant(LifecycleHostFactory.Programme, id, role, new EnrolmentDraft { Role = role == EnrolmentRole.Mentee ? "mentee" : "mentor", Name = name }, DateTimeOffset.UnixEpoch, ParticipantStatus.Active),
            CancellationToken.None);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
