using System.Net;
using System.Text.RegularExpressions;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.RealHost;

/// <summary>The built app started as its own process on loopback, as an operator runs it.</summary>
public sealed partial class RealHostProcessTests : IDisposable
{
    private readonly TestDataDirectory _data = new();

    [Fact]
    public async Task The_app_starts_with_nothing_configured_and_its_printed_admin_key_opens_the_management_api()
    {
        using var http = new HttpClient();
        await using var host = HostProcess.Start(_data.Path);

        await host.WaitUntilHealthyAsync(http);
        var printedKey = PrintedKey().Match(host.Output).Groups["key"].Value;

        Assert.NotEmpty(printedKey);
        Assert.Equal(File.ReadAllText(Path.Combine(_data.Path, AdminKeyFile.FileName)), printedKey);
        using var withKey = await http.GetAsync(new Uri(host.BaseAddress, $"/runtime/webhooks/durabletask/instances?code={printedKey}"));
        using var withoutKey = await http.GetAsync(new Uri(host.BaseAddress, "/runtime/webhooks/durabletask/instances"));
        Assert.Equal(HttpStatusCode.OK, withKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Single(Regex.Matches(host.Output, Regex.Escape(printedKey)));
        Assert.True(File.Exists(Path.Combine(_data.Path, "mentorflow.db")), "the SQLite store lives in the data directory");
    }

    public void Dispose() => _data.Dispose();

    [GeneratedRegex(@"MentorFlow admin key: (?<key>\S+)")]
    private static partial Regex PrintedKey();
}
