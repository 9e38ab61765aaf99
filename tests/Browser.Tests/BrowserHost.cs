using MentorFlow.Functions.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentorFlow.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port (a browser needs a socket, not the in-memory test server), with
/// the functional tests' stores and journey stand-in, and Debian's chromium driven headless by Playwright.
/// Playwright's own browser download does not work on these machines, so the executable path is set.
/// </summary>
public sealed class BrowserHost : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public LifecycleHostFactory App { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        App.UseKestrel(port: 0);
        App.StartServer();
        var addresses = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test (it installs Debian's chromium) or apt-get install chromium.");
        }

        EnsureDriverIsExecutable();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A fresh page (its own context, so no state is shared between tests).</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString() });
        return await context.NewPageAsync();
    }

    // The package copies its node binary next to the tests; a copy can lose the executable bit.
    private static void EnsureDriverIsExecutable()
    {
        var node = Path.Combine(AppContext.BaseDirectory, ".playwright", "node", "linux-x64", "node");
        if (OperatingSystem.IsLinux() && File.Exists(node))
        {
            File.SetUnixFileMode(node, File.GetUnixFileMode(node) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }
    }
}
