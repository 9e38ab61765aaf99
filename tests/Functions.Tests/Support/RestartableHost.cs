using System.Net;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The real app as a separate process over one data directory, which a test can kill with SIGKILL and start again on
/// the same directory, as an operator's machine that lost power would. Each start listens on a fresh loopback port;
/// <see cref="SendAsync"/> follows the host across restarts, retrying while it is down.
/// </summary>
public sealed class RestartableHost(string dataDirectory, IReadOnlyDictionary<string, string> environment) : IAsyncDisposable
{
    private readonly SemaphoreSlim _restarting = new(1, 1);
    private readonly List<string> _earlierOutput = [];
    private HostProcess? _current;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(20) };

    public Uri BaseAddress => (_current ?? throw new InvalidOperationException("The host is not started.")).BaseAddress;

    public int Kills { get; private set; }

    /// <summary>The console of every run so far, the killed ones first: what a failing test shows.</summary>
    public string Output => string.Join("\n--- killed, restarted ---\n", [.. _earlierOutput, _current?.Output ?? string.Empty]);

    public async Task StartAsync()
    {
        _current = HostProcess.Start(dataDirectory, environment);
        await _current.WaitUntilHealthyAsync(Http);
    }

    /// <summary>SIGKILLs the running host and starts a new one on the same data directory, healthy before this returns.</summary>
    public async Task KillAndRestartAsync()
    {
        await _restarting.WaitAsync();
        try
        {
            var killed = _current ?? throw new InvalidOperationException("The host is not started.");
            await killed.KillAsync();
            _earlierOutput.Add(killed.Output);
            await killed.DisposeAsync();
            Kills++;
            await StartAsync();
        }
        finally
        {
            _restarting.Release();
        }
    }

    /// <summary>
    /// Sends the request made by <paramref name="request"/> (given the current base address) until the host answers
    /// with anything but a server error, waiting out kills and restarts; fails once <paramref name="patience"/> ends.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(Func<Uri, HttpRequestMessage> request, CancellationToken patience)
    {
        while (true)
        {
            patience.ThrowIfCancellationRequested();
            try
            {
                using var message = request(BaseAddress);
                var response = await Http.SendAsync(message, patience);
                if ((int)response.StatusCode < 500)
                {
                    return response;
                }

                response.Dispose();
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !patience.IsCancellationRequested)
            {
                // Killed, or not listening yet after a restart.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), patience);
        }
    }

    /// <summary>One attempt: the answer's status, or null when the host was down or failed the request (try again later).</summary>
    public async Task<HttpStatusCode?> TrySendAsync(Func<Uri, HttpRequestMessage> request, CancellationToken patience)
    {
        try
        {
            using var message = request(BaseAddress);
            using var response = await Http.SendAsync(message, patience);
            return (int)response.StatusCode < 500 ? response.StatusCode : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !patience.IsCancellationRequested)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_current is not null)
        {
            await _current.DisposeAsync();
        }

        Http.Dispose();
        _restarting.Dispose();
    }
}
