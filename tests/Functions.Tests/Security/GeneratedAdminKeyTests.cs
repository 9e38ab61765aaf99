using System.Net;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Security;

public sealed class GeneratedAdminKeyTests
{
    [Fact]
    public async Task Without_a_configured_key_the_host_generates_one_keeps_it_in_the_data_directory_and_accepts_it()
    {
        await using var host = new GeneratedKeyHostFactory();
        using var http = host.CreateClient();

        var keyFile = Path.Combine(host.DataDirectory, AdminKeyFile.FileName);
        var stored = File.ReadAllText(keyFile);
        using var withStoredKey = await http.GetAsync($"/runtime/webhooks/durabletask/instances?code={stored}");
        using var withTestKey = await http.GetAsync($"/runtime/webhooks/durabletask/instances?code={MentorFlowHostFactory.TestAdminKey}");

        Assert.Equal(host.AdminKey, stored);
        Assert.Equal(HttpStatusCode.OK, withStoredKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withTestKey.StatusCode);
    }

    private sealed class GeneratedKeyHostFactory : MentorFlowHostFactory
    {
        protected override string? ConfiguredAdminKey => null;
    }
}
