using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The real app as a separate process (<c>dotnet MentorFlow.Functions.dll --urls http://127.0.0.1:{port}</c>) with
/// its own data directory, its console captured. Killed (by its own process id) when disposed.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private static readonly TimeSpan s_startTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputGate = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_outputGate)
            {
                return _output.ToString();
            }
        }
    }

    public static HostProcess Start(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var appDll = Path.Combine(AppContext.BaseDirectory, "MentorFlow.Functions.dll");
        // The SDK tells test hosts which dotnet runs them; the same one runs the app.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath ? hostPath : "dotnet";
        var startInfo = new ProcessStartInfo(dotnet)
        {
            ArgumentList = { appDll, "--urls", baseAddress.ToString() },
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.Environment["MentorFlow__DataDirectory"] = dataDirectory;
        startInfo.Environment.Remove("MentorFlow__AdminKey");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        return new HostProcess(Process.Start(startInfo) ?? throw new InvalidOperationException("dotnet did not start."), baseAddress);
    }

    /// <summary>Polls <c>/health</c> until it answers 200; fails with the host's output if it exits or never gets there.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(s_startTimeout);
        while (!timeout.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/health"), timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }

        throw new TimeoutException($"The host did not become healthy:\n{Output}");
    }

    /// <summary>
    /// Starts the app with <paramref name="environment"/> (app-setting names, <c>Section__Key</c>) in a fresh data
    /// directory and waits for it to stop on its own, as a bad configuration must make it; returns everything it printed.
    /// Fails if it is still running (or became healthy) after the start timeout.
    /// </summary>
    public static async Task<string> StartupFailureAsync(IReadOnlyDictionary<string, string> environment)
    {
        using var data = new TestDataDirectory();
        await using var host = Start(data.Path, environment);
        using var timeout = new CancellationTokenSource(s_startTimeout);
        try
        {
            await host._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The host did not stop:\n{host.Output}");
        }

        // The exit event can come before the last lines of output are read.
        host._process.WaitForExit();
        Assert.NotEqual(0, host._process.ExitCode);
        return host.Output;
    }

    /// <summary>Ends the process at once, as <c>kill -9</c> does (SIGKILL on Linux): no shutdown code runs in it.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputGate)
        {
            _output.AppendLine(line);
        }
    }
}
