using MentorFlow.Durable.Client;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.TestOrchestrations;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The real host (Program) in memory with its own data directory, plus the test orchestrations registered the way
/// the app registers its own: another <c>AddDurableTask</c> call.
/// </summary>
public class MentorFlowHostFactory : WebApplicationFactory<Program>
{
    public const string TestAdminKey = "test-admin-key-0123456789";
    private readonly TestDataDirectory _data = new();

    public string DataDirectory => _data.Path;

    /// <summary>The key set as <c>MentorFlow__AdminKey</c>; null lets the host generate one.</summary>
    protected virtual string? ConfiguredAdminKey => TestAdminKey;

    /// <summary>Extra settings, as environment variables or host.json would give them.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>();

    public string AdminKey => Services.GetRequiredService<AdminKey>().Value;

    public DurableTaskClient DurableClient => Services.GetRequiredService<DurableTaskClient>();

    public ManagementClient CreateManagementClient() => new(CreateClient(), AdminKey);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MentorFlow:DataDirectory", DataDirectory);
        if (ConfiguredAdminKey is not null)
        {
            builder.UseSetting("MentorFlow:AdminKey", ConfiguredAdminKey);
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<FlakyDependency>();
            services.AddDurableTask(durable => durable
                .AddOrchestrator<GreetingOrchestrator>()
                .AddActivity<SayHelloActivity>()
                .AddOrchestrator<AwaitApprovalOrchestrator>()
                .AddOrchestrator<FlakyPipelineOrchestrator>()
                .AddActivity<FlakyStepActivity>());
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _data.Dispose();
        GC.SuppressFinalize(this);
    }
}
