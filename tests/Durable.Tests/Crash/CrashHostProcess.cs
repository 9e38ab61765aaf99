using System.Diagnostics;

namespace MentorFlow.Durable.Tests.Crash;

/// <summary>The crash host (tests/Durable.CrashHost) running as a real separate process.</summary>
internal sealed class CrashHostProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CrashHostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, line) =>
        {
            if (line.Data == "ready")
            {
                _ready.TrySetResult();
            }
        };
        _process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                Errors.Add(line.Data);
            }
        };
    }

    /// <summary>What the process wrote to standard error (an unexpected failure shows here).</summary>
    public List<string> Errors { get; } = [];

    public int ExitCode => _process.ExitCode;

    public static CrashHostProcess Start(string databasePath, string journalPath, int instances, int steps)
    {
        var startInfo = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", HostAssemblyPath(),
            "--database", databasePath, "--journal", journalPath,
            "--instances", instances.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--steps", steps.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var process = new CrashHostProcess(new Process { StartInfo = startInfo });
        process._process.Start();
        process._process.BeginOutputReadLine();
        process._process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Completes once the host has started every instance that did not exist yet.</summary>
    public Task WaitUntilReadyAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    /// <summary>tests/Durable.CrashHost/bin/{configuration}/{tfm}/, beside this test project's own output.</summary>
    private static string HostAssemblyPath()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var testsFolder = output.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(testsFolder, "Durable.CrashHost", "bin", configuration, framework, "MentorFlow.Durable.CrashHost.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException("The crash host is not built; it is a project reference of this test project.", path);
    }
}
