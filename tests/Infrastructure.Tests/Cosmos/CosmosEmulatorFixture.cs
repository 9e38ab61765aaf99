using System.Diagnostics;
using System.Text.Json;
using MentorFlow.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

/// <summary>
/// Starts <c>@vercel/cosmosdb-server</c> (installed in <c>tests/cosmos-emulator</c> by the test command) over HTTPS on a
/// free loopback port for all Cosmos tests, and stops it at the end. The emulator keeps everything in memory, so each
/// test class works in its own database.
/// </summary>
/// <remarks>
/// The launcher exits when its standard input closes, which also happens when the test process dies without
/// disposing this fixture; a process-exit handler kills it as well.
/// </remarks>
public sealed class CosmosEmulatorFixture : IAsyncLifetime
{
    /// <summary>The key the emulator is addressed with; it checks no signatures, but the SDK needs a base64 key.</summary>
    private const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU9DGxvBNDiefGMjfnSF5rQhUeJXk8fHNPF6fg+J1MvfZz2Aw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private Process? _process;
    private int _databaseCounter;

    public CosmosClient Client { get; private set; } = null!;

    public CosmosDbOptions Options { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var launcher = Path.Combine(RepositoryRoot(), "tests", "cosmos-emulator", "launch.js");
        if (!Directory.Exists(Path.Combine(Path.GetDirectoryName(launcher)!, "node_modules", "@vercel", "cosmosdb-server")))
        {
            throw new InvalidOperationException(
                "The Cosmos DB emulator is not installed: run ./scripts/test, or `npm ci` in tests/cosmos-emulator.");
        }

        _process = Process.Start(new ProcessStartInfo("node", [launcher])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("node could not be started.");
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;

        var port = await ReadPortAsync(_process);
        Options = new CosmosDbOptions { Endpoint = $"https://127.0.0.1:{port}/", Key = EmulatorKey, Database = "emulator" };
        Client = CosmosClientFactory.Create(Options, TimeProvider.System);
        await WaitUntilAnsweringAsync();
    }

    /// <summary>A database name no other test class uses.</summary>
    public string NewDatabaseName(string testClass) => $"{testClass}-{Interlocked.Increment(ref _databaseCounter)}";

    /// <summary>The settings that put a whole MentorFlow host on the emulator, in <paramref name="database"/>.</summary>
    public IReadOnlyDictionary<string, string> HostSettings(string database) => new Dictionary<string, string>
    {
        [$"{CosmosDbOptions.SectionName}:{nameof(CosmosDbOptions.Endpoint)}"] = Options.Endpoint!,
        [$"{CosmosDbOptions.SectionName}:{nameof(CosmosDbOptions.Key)}"] = Options.Key!,
        [$"{CosmosDbOptions.SectionName}:{nameof(CosmosDbOptions.Database)}"] = database,
    };

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Stop();
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        return Task.CompletedTask;
    }

    private static async Task<int> ReadPortAsync(Process process)
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"The Cosmos DB emulator exited: {await process.StandardError.ReadToEndAsync(timeout.Token)}");
        using var ready = JsonDocument.Parse(line);
        return ready.RootElement.GetProperty("port").GetInt32();
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        while (true)
        {
            try
            {
                await Client.ReadAccountAsync();
                return;
            }
            catch (HttpRequestException) when (!timeout.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), timeout.Token);
            }
        }
    }

    private void KillOnExit(object? sender, EventArgs e) => Stop();

    private void Stop()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return;
        }

        if (!process.HasExited)
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(5)))
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "MentorFlow.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"MentorFlow.sln not found above {AppContext.BaseDirectory}.");
    }
}
