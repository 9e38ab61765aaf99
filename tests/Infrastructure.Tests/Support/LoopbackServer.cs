using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentorFlow.Infrastructure.Tests.Support;

/// <summary>
/// A real HTTP server (Kestrel) on a free loopback port, standing in for SendGrid or Microsoft Graph:
/// it records every request and answers with what the test scripts for the n-th call.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests;

    private LoopbackServer(WebApplication app, ConcurrentQueue<RecordedRequest> requests, Uri baseUrl)
    {
        _app = app;
        _requests = requests;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <param name="respond">Given the request and its 1-based number, the answer to send.</param>
    public static async Task<LoopbackServer> StartAsync(Func<RecordedRequest, int, ScriptedResponse> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var requests = new ConcurrentQueue<RecordedRequest>();
        var count = 0;
        app.Run(async context =>
        {
            var arrived = Stopwatch.GetTimestamp();
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var recorded = new RecordedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? string.Empty,
                context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Empty,
                context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                context.Request.ContentType,
                body,
                arrived);
            requests.Enqueue(recorded);
            var answer = respond(recorded, Interlocked.Increment(ref count));
            if (answer.Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(answer.Delay, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the client gave up waiting, which is what a delayed answer tests
                }
            }

            context.Response.StatusCode = answer.Status;
            foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (answer.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(answer.Body, context.RequestAborted);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LoopbackServer(app, requests, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
