using MentorFlow.Durable.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>The real host over a data directory the test owns, so a second host can open what the first one wrote.</summary>
public sealed class DataDirectoryHost(string dataDirectory) : WebApplicationFactory<Program>
{
    public const string Key = MentorFlow.Functions.Tests.Support.MentorFlowHostFactory.TestAdminKey;

    public DurableTaskClient DurableClient => Services.GetRequiredService<DurableTaskClient>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("MentorFlow:DataDirectory", dataDirectory);
        builder.UseSetting("MentorFlow:AdminKey", Key);
    }
}
