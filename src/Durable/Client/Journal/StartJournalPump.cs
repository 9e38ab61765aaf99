using System.Diagnostics;
using MentorFlow.Durable.Worker;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MentorFlow.Durable.Client.Journal;

/// <summary>
/// Creates the instances of journaled starts in the store, in the order they were accepted, many per store commit, and
/// deletes the journal's segments once everything in them is applied. Starts are applied at once while they arrive at
/// under <see cref="DurableTaskOptions.JournalBurstThreshold"/> a second; during a burst above it, at
/// <see cref="DurableTaskOptions.JournalPacedStartsPerSecond"/> (a second's worth at a time), so accepting more starts
/// keeps the cores and the journeys follow when the burst has passed. A start the store refuses for now is tried again
/// a second later.
/// </summary>
public sealed class StartJournalPump : BackgroundService
{
    private const int MaxBatch = 256;
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(100);

    private readonly JournaledDurableTaskClient _client;
    private readonly DurableTaskOptions _options;
    private readonly ILogger _logger;
    private readonly Queue<(long Ticks, long Appended)> _samples = new();

    /// <summary>Creates the pump of <paramref name="client"/>'s journal.</summary>
    public StartJournalPump(JournaledDurableTaskClient client, DurableTaskOptions options, ILogger<StartJournalPump> logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _client = client;
        _options = options;
        _logger = logger;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<JournalLocation>(MaxBatch);
        double budget = 0;
        long budgetTicks = Stopwatch.GetTimestamp();
        bool paced = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                int limit = MaxBatch;
                if (!IsBurst())
                {
                    paced = false;
                }
                else
                {
                    // Paced: a start per 1/rate seconds from the burst's beginning, taken a second's worth at a time
                    // (at most a batch): journeys created together run together and share the store's commits, where
                    // one created every tick would run alone and pay for each of its steps' commits by itself (about
                    // 2.5 times the CPU per journey). The budget keeps its fractions: at a rate under one start per
                    // tick, each tick adds less than a whole start.
                    long now = Stopwatch.GetTimestamp();
                    if (!paced)
                    {
                        paced = true;
                        budget = 0;
                        budgetTicks = now;
                    }

                    budget = Math.Min(MaxBatch, budget + (Stopwatch.GetElapsedTime(budgetTicks, now).TotalSeconds * _options.JournalPacedStartsPerSecond));
                    budgetTicks = now;
                    if (budget < Math.Min(_options.JournalPacedStartsPerSecond, MaxBatch))
                    {
                        await Task.Delay(Tick, stoppingToken);
                        continue;
                    }

                    limit = (int)budget;
                }

                while (batch.Count < limit && _client.TryTakeNext(out JournalLocation location))
                {
                    batch.Add(location);
                }

                if (batch.Count == 0)
                {
                    await _client.Journal.Appended.WaitAsync(TimeSpan.FromSeconds(1), stoppingToken);
                    continue;
                }

                await ApplyAsync(batch, stoppingToken);
                budget = Math.Max(0, budget - batch.Count);

                // The queue is in journal order: every segment before the last applied one is done.
                _client.Journal.DeleteSegmentsBefore(batch[^1].Segment);
                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is not applied stays in the journal for the next start.
        }
    }

    private async Task ApplyAsync(List<JournalLocation> batch, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                // Concurrent, so the store's group commit puts the whole batch in one transaction.
                await Task.WhenAll(batch.Select(location => _client.ApplyAsync(location, CancellationToken.None)));
                return;
            }
#pragma warning disable CA1031 // a start the store refuses for now is tried again; the rest of the batch is done already
            catch (Exception exception)
#pragma warning restore CA1031
            {
                _logger.JournalApplyFailed(batch.Count, exception);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    // Whether more starts than the threshold arrived over the last second. Arrived, not synced: a sync that takes long
    // on a busy disk holds every append behind it, and counting only synced ones saw a second without any, the burst over.
    private bool IsBurst()
    {
        long now = Stopwatch.GetTimestamp();
        long appended = _client.Journal.ArrivedCount;
        _samples.Enqueue((now, appended));
        while (_samples.Count > 1 && Stopwatch.GetElapsedTime(_samples.Peek().Ticks, now) > TimeSpan.FromSeconds(1))
        {
            _samples.Dequeue();
        }

        (long firstTicks, long firstAppended) = _samples.Peek();
        double seconds = Math.Max(Stopwatch.GetElapsedTime(firstTicks, now).TotalSeconds, Tick.TotalSeconds);
        return (appended - firstAppended) / seconds > _options.JournalBurstThreshold;
    }
}
