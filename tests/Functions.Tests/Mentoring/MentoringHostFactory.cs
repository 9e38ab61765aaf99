using MentorFlow.Domain.Storage;
using MentorFlow.Durable.Client;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Durable.Storage;
using MentorFlow.Functions.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>
/// The real host over its own SQLite file, plus <see cref="ReportsJourneyStatus"/>, which stands in for a journey
/// that has reached a stage (the real orchestrators are not part of these tests: the instances enrolment starts stay
/// pending or fail as unregistered, and the tests assert on the start).
/// </summary>
public sealed class MentoringHostFactory : MentorFlowHostFactory
{
    public IProgrammeStore Programmes => Services.GetRequiredService<IProgrammeStore>();

    public IParticipantStore Participants => Services.GetRequiredService<IParticipantStore>();

    /// <summary>A client that calls as the administrator (the admin key in x-functions-key).</summary>
    public HttpClient CreateAdminClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", AdminKey);
        return client;
    }

    /// <summary>Every instance whose id starts with <paramref name="prefix"/>, whatever its status.</summary>
    public async Task<IReadOnlyList<OrchestrationMetadata>> InstancesAsync(string prefix)
        => (await DurableClient.GetInstancesAsync(new InstanceQuery(InstanceIdPrefix: prefix, PageSize: 1000, IncludeInputsAndOutputs: true))).Instances;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddDurableTask(durable => durable.AddOrchestrator<ReportsJourneyStatus>()));
    }
}
