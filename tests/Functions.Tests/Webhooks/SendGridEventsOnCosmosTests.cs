using System.Net;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Cosmos.Webhooks;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Tests.Cosmos;
using MentorFlow.Infrastructure.Tests.SendGrid;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Webhooks;

/// <summary>The whole host configured for Cosmos DB (the emulator) keeps the handled events in <c>sendgrid-events</c>.</summary>
public sealed class SendGridEventsOnCosmosTests(CosmosEmulatorFixture emulator) : IClassFixture<CosmosEmulatorFixture>, IAsyncLifetime
{
    private readonly string _database = emulator.NewDatabaseName(nameof(SendGridEventsOnCosmosTests));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await emulator.Client.GetDatabase(_database).DeleteAsync();

    [Fact]
    public async Task A_bounce_posted_twice_is_handled_once_and_recorded_in_the_sendgrid_events_container()
    {
        using var sendGrid = new SignedWebhookPost();
        await using var host = new ConfiguredHostFactory(new Dictionary<string, string>
        {
            ["CosmosDb:Endpoint"] = emulator.Options.Endpoint!,
            ["CosmosDb:Key"] = emulator.Options.Key!,
            ["CosmosDb:Database"] = _database,
            ["SendGrid:EventWebhook:VerificationKey"] = sendGrid.PublicKey,
        });
        using var client = host.CreateClient();
        Assert.IsType<CosmosEventDeduplicator>(host.Services.GetRequiredService<IEventDeduplicator>());
        var participants = host.Services.GetRequiredService<IParticipantStore>();
        var (programme, mentee, email) = await SendGridEventPosts.EnrolledMenteeAsync(host.Services.GetRequiredService<IProgrammeStore>(), participants);
        var body = SendGridEventPosts.Event(programme, mentee, email, "bounce");

        using var first = await SendGridEventPosts.PostAsync(client, sendGrid.Sign(body, DateTimeOffset.UtcNow));
        using var again = await SendGridEventPosts.PostAsync(client, sendGrid.Sign(body, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(ParticipantStatus.Undeliverable, (await participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        Assert.Single(OutboxEmail.ReadAll(Path.Combine(host.DataDirectory, "outbox")), e => e.Key == $"undeliverable/{programme.Value}/{mentee.Value}");
        using var posted = System.Text.Json.JsonDocument.Parse(body);
        var recorded = new CosmosEventDeduplicator(emulator.Client, _database, TimeSpan.FromDays(3), TimeProvider.System);
        Assert.True(await recorded.IsHandledAsync(posted.RootElement[0].GetProperty("sg_event_id").GetString()!, CancellationToken.None));
    }
}
