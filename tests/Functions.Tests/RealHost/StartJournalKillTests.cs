using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlow.Functions.Extensions;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Outbox;
using Microsoft.Data.Sqlite;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.RealHost;

/// <summary>
/// Enrolments accepted while their journeys wait in the start journal (the host paces the journal's starts to about
/// one a second here, as during a burst), then SIGKILL: the restarted host creates every accepted journey from the
/// journal, and each mentee is welcomed once.
/// </summary>
public sealed class StartJournalKillTests : IDisposable
{
    private const string ProgrammeId = "journal-kill";
    private const int MenteeCount = 30;

    /// <summary>A guard against hangs, not an assertion on time.</summary>
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(120);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Enrolments_accepted_before_a_kill_all_become_journeys_after_the_restart_and_each_mentee_is_welcomed_once()
    {
        using var patience = new CancellationTokenSource(s_patience);
        await using var host = new RestartableHost(_data.Path, new Dictionary<string, string>
        {
            ["MentorFlow__AdminKey"] = MentorFlowHostFactory.TestAdminKey,
            ["extensions__durableTask__journalBurstThreshold"] = "1",
            ["extensions__durableTask__journalPacedStartsPerSecond"] = "1",
        });
        await host.StartAsync();
        using (var created = await host.SendAsync(b => Admin(new Uri(b, "/api/programmes"), DemoProgramme() with { Id = ProgrammeId }), patience.Token))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var names = Enumerable.Range(0, MenteeCount).Select(i => $"Journal Mentee {i}").ToList();
        var accepted = await Task.WhenAll(names.Select(async name =>
        {
            using var response = await host.Http.PostAsJsonAsync(new Uri(host.BaseAddress, $"/api/programmes/{ProgrammeId}/enrolments"), Mentee(name), s_json, patience.Token);
            return response.StatusCode;
        }));
        Assert.All(accepted, status => Assert.Equal(HttpStatusCode.Accepted, status));
        int inStoreBeforeKill = JourneysInStore();
        Assert.True(inStoreBeforeKill < MenteeCount, $"the test needs journeys still in the journal at the kill; the store had {inStoreBeforeKill} of {MenteeCount}");

        await host.KillAndRestartAsync();

        // No enrolments arrive after the restart, so no burst: the host applies the journal at once and runs the journeys.
        while (JourneysInStore() < MenteeCount || !EveryMenteeWelcomed(names))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), patience.Token);
        }

        var emails = Outbox();
        Assert.Equal(emails.Count, emails.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, name => Assert.Single(emails, e => e.To.Contains(Email(name), StringComparison.OrdinalIgnoreCase) && e.Key.Contains("welcome", StringComparison.OrdinalIgnoreCase)));
    }

    private bool EveryMenteeWelcomed(IReadOnlyList<string> names)
    {
        var emails = Outbox();
        return names.All(name => emails.Any(e => e.To.Contains(Email(name), StringComparison.OrdinalIgnoreCase) && e.Key.Contains("welcome", StringComparison.OrdinalIgnoreCase)));
    }

    private List<OutboxEmail> Outbox()
    {
        string directory = Path.Combine(_data.Path, LocalOutboxOptions.DirectoryName);
        return Directory.Exists(directory)
            ? [.. Directory.GetFiles(directory, "*" + OutboxFileName.Extension).Select(OutboxEmail.Read)]
            : [];
    }

    private int JourneysInStore()
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_data.Path, DurableRuntimeExtensions.DatabaseFileName),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM instances WHERE instance_id LIKE $prefix";
        command.Parameters.AddWithValue("$prefix", $"journey:{ProgrammeId}:%");
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static HttpRequestMessage Admin(Uri uri, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body, options: s_json) };
        request.Headers.Add(AdminKeyAuthenticationHandler.HeaderName, MentorFlowHostFactory.TestAdminKey);
        return request;
    }
}
