using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.TestOrchestrations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The real host with what the lifecycle's HTTP edge needs around it: in-memory programme and participant stores,
/// a recording mentor pause, and <see cref="EventRecorderOrchestrator"/> to stand in for journeys. A programme is
/// stored from the start (<see cref="Programme"/>, a six-month term).
/// </summary>
public class LifecycleHostFactory : MentorFlowHostFactory
{
    public static readonly ProgrammeId Programme = ProgrammeId.Parse("spring-2026", "id").Value;

    public InMemoryProgrammeStore Programmes { get; } = new();

    public InMemoryParticipantStore Participants { get; } = new();

    public RecordingMentorPause MentorPause { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Programmes.TryAddAsync(Programme, new ProgrammeDraft { Id = Programme.Value, Name = "Spring 2026", Term = "P6M" }, DateTimeOffset.UnixEpoch, CancellationToken.None)
            .GetAwaiter().GetResult();
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IProgrammeStore>(Programmes);
            services.AddSingleton<IParticipantStore>(Participants);
            services.AddSingleton<IMentorPause>(MentorPause);
            services.AddDurableTask(durable => durable.AddOrchestrator<EventRecorderOrchestrator>());
        });
    }
}
