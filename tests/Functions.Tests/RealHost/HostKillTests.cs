using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Participants;
using MentorFlow.Functions.Programmes;
using MentorFlow.Functions.Security;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Participants;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Outbox;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.RealHost;

/// <summary>
/// The app as its own process, killed with SIGKILL four times while forty journeys run (during the mentors' and the
/// mentees' enrolments, while matches and agreements are made, and while mentorships close), each time restarted on
/// the same data directory. The test acts as the people would: it enrols them over HTTP and follows the links in the
/// emails the outbox holds (the mentor accepts, the mentee writes the agreement, the mentor confirms it, the mentee
/// ends the mentorship early from the review invite, and both send their final review).
/// </summary>
public sealed class HostKillTests : IDisposable
{
    private const string ProgrammeId = "host-kill";
    private const int MentorCount = 20;
    private const int MenteeCount = 40;
    private const int MentorCapacity = 2;

    /// <summary>A guard against hangs, not an assertion on time: a healthy run needs well under half of it.</summary>
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(180);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly Uri s_publicBaseUrl = new("http://mentorflow.invalid/");

    private readonly TestDataDirectory _data = new();
    private readonly Dictionary<string, OutboxEmail> _outbox = new(StringComparer.Ordinal);

    private string OutboxDirectory => Path.Combine(_data.Path, LocalOutboxOptions.DirectoryName);

    [Fact]
    public async Task Journeys_carry_on_through_repeated_kills_of_the_host_and_no_email_is_sent_twice()
    {
        using var patience = new CancellationTokenSource(s_patience);
        await using var host = new RestartableHost(_data.Path, new Dictionary<string, string>
        {
            ["MentorFlow__AdminKey"] = MentorFlowHostFactory.TestAdminKey,
            ["MentorFlow__PublicBaseUrl"] = s_publicBaseUrl.ToString(),
            // Short leases, so the work a killed process held is taken over soon after the restart; a kill counts as
            // a failed attempt for whatever was in flight, so the poison bound must be above the number of kills.
            ["extensions__durableTask__lockDuration"] = "00:00:02",
            ["extensions__durableTask__maxDequeueCount"] = "50",
            ["extensions__durableTask__minPollingInterval"] = "00:00:00.010",
            ["extensions__durableTask__maxPollingInterval"] = "00:00:00.100",
        });
        await host.StartAsync();
        try
        {
            await RunAsync(host, patience.Token);
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            Assert.Fail($"The journeys did not all finish; they stand at:\n{await DescribeAsync(host)}\nHost output (end):\n{Tail(host.Output)}");
        }
    }

    public void Dispose() => _data.Dispose();

    private async Task RunAsync(RestartableHost host, CancellationToken patience)
    {
        var programme = DemoProgramme(capacity: MentorCapacity) with { Id = ProgrammeId };
        using (var created = await host.SendAsync(b => Admin(HttpMethod.Post, new Uri(b, "/api/programmes"), programme), patience))
        {
            Assert.True(created.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict, $"programme: {created.StatusCode}");
        }

        // Killed once while the mentors enrol, and once while the mentees do.
        await EnrolAsync(host, [.. Enumerable.Range(1, MentorCount).Select(n => Mentor(Name("Mentor", n), capacity: MentorCapacity))], patience);
        await WaitForMentorsInPoolAsync(host, patience);
        await EnrolAsync(host, [.. Enumerable.Range(1, MenteeCount).Select(n => Mentee(Name("Mentee", n)))], patience);

        // Then once while matches and agreements are being made, and once while mentorships close.
        var kills = new Queue<Func<IReadOnlyList<MentorshipSummary>, bool>>(
        [
            journeys => journeys.Count(j => j.Stage is JourneyStages.Agreement or JourneyStages.Review) >= 10,
            journeys => journeys.Count(j => j.RuntimeStatus == "Completed") >= 10,
        ]);
        var acted = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var journeys = await ListJourneysAsync(host, patience);
            // Every mentor accepts and every place is taken once: nothing here needs the administrator.
            Assert.DoesNotContain(journeys, j => j.RuntimeStatus == "Failed" || j.Stage == JourneyStages.Escalated);
            // No place is given twice: a journey shows its mentor at these stages only while it holds the place.
            Assert.All(
                journeys.Where(j => j.Stage is JourneyStages.AwaitingMentor or JourneyStages.Agreement or JourneyStages.Review).GroupBy(j => j.MentorId),
                mentor => Assert.InRange(mentor.Count(), 1, MentorCapacity));
            if (journeys.Count == MenteeCount && journeys.All(j => j.RuntimeStatus == "Completed"))
            {
                break;
            }

            ReadNewEmails();
            var due = journeys.SelectMany(NextActs).Where(a => !acted.Contains(a.Link.AbsoluteUri)).ToList();
            Task? kill = null;
            if (kills.TryPeek(out var when) && when(journeys))
            {
                kills.Dequeue();
                // Lands while the batch of answers below is in flight, some before and some after their links are used.
                kill = Task.Run(async () =>
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(30), patience);
                    await host.KillAndRestartAsync();
                }, patience);
            }

            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = patience }, async (act, cancel) =>
            {
                if (await AnswerAsync(host, act, cancel))
                {
                    lock (acted)
                    {
                        acted.Add(act.Link.AbsoluteUri);
                    }
                }
            });
            if (kill is not null)
            {
                await kill;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), patience);
        }

        Assert.Equal(4, host.Kills);
        await AssertEveryJourneyClosedOnceAsync(host, patience);
    }

    private async Task AssertEveryJourneyClosedOnceAsync(RestartableHost host, CancellationToken patience)
    {
        var journeys = await ListJourneysAsync(host, patience);
        Assert.All(journeys, j => Assert.Equal((JourneyStages.Closed, "Completed"), (j.Stage, j.RuntimeStatus)));
        using (var failed = await host.SendAsync(b => Admin(HttpMethod.Get, new Uri(b, "/runtime/webhooks/durabletask/instances?runtimeStatus=Failed"), null), patience))
        {
            Assert.Equal(0, (await failed.Content.ReadFromJsonAsync<JsonElement>(patience)).GetArrayLength());
        }

        Assert.All(journeys, j => Assert.NotNull(j.MentorId));

        // One file per key by construction; one key per header too, and each once-only step sent exactly once.
        ReadNewEmails();
        var emails = _outbox.Values.ToList();
        Assert.Equal(emails.Count, emails.Select(e => e.Key).Distinct(StringComparer.Ordinal).Count());
        foreach (var journey in journeys)
        {
            foreach (var step in new[] { "/welcome", "/agreement-request", "/final-review-request/mentee", "/final-review-request/mentor", "/close-out/summary/mentee", "/early-close/mentee" })
            {
                Assert.Single(emails, e => e.Key == journey.JourneyId + step);
            }
        }

        Assert.Equal(MentorCount, emails.Count(e => e.Key.StartsWith($"mentor:{ProgrammeId}:", StringComparison.Ordinal) && e.Key.EndsWith("/welcome", StringComparison.Ordinal)));
        Assert.Equal(MenteeCount, emails.Count(e => e.Key.StartsWith("journey:", StringComparison.Ordinal) && e.Key.EndsWith("/welcome", StringComparison.Ordinal)));
    }

    /// <summary>Posts every enrolment (a repeat is the same person, so a retry after a kill is safe); kills the host halfway.</summary>
    private static async Task EnrolAsync(RestartableHost host, IReadOnlyList<Domain.Enrolments.EnrolmentDraft> drafts, CancellationToken patience)
    {
        var posted = 0;
        Task? kill = null;
        await Parallel.ForEachAsync(drafts, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = patience }, async (draft, cancel) =>
        {
            using var accepted = await host.SendAsync(
                b => new HttpRequestMessage(HttpMethod.Post, new Uri(b, $"/api/programmes/{ProgrammeId}/enrolments")) { Content = JsonContent.Create(draft, options: s_json) },
                cancel);
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, $"{draft.Name}: {accepted.StatusCode} {await accepted.Content.ReadAsStringAsync(cancel)}");
            if (Interlocked.Increment(ref posted) == drafts.Count / 2)
            {
                kill = host.KillAndRestartAsync();
            }
        });
        await kill!;
    }

    private static async Task WaitForMentorsInPoolAsync(RestartableHost host, CancellationToken patience)
    {
        while (true)
        {
            using var response = await host.SendAsync(
                b => Admin(HttpMethod.Get, new Uri(b, $"/runtime/webhooks/durabletask/instances?instanceIdPrefix=mentor:{ProgrammeId}:&runtimeStatus=Completed&top=100"), null),
                patience);
            if (response.IsSuccessStatusCode && (await response.Content.ReadFromJsonAsync<JsonElement>(patience)).GetArrayLength() == MentorCount)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), patience);
        }
    }

    private static async Task<IReadOnlyList<MentorshipSummary>> ListJourneysAsync(RestartableHost host, CancellationToken patience)
    {
        while (true)
        {
            using var response = await host.SendAsync(b => Admin(HttpMethod.Get, new Uri(b, $"/api/programmes/{ProgrammeId}/mentorships?top=100"), null), patience);
            if (response.IsSuccessStatusCode)
            {
                return (await response.Content.ReadFromJsonAsync<List<MentorshipSummary>>(s_json, patience))!;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), patience);
        }
    }

    /// <summary>What the people a journey waits for would do now, from the emails they were sent.</summary>
    private IEnumerable<ParticipantAct> NextActs(MentorshipSummary journey)
    {
        if (journey.Stage == JourneyStages.Closing)
        {
            return new[] { "mentee", "mentor" }
                .Where(role => journey.WaitingFor!.Contains("the " + role, StringComparison.Ordinal))
                .Select(role => Act($"{journey.JourneyId}/final-review-request/{role}", "final-review", e => e.Links,
                    [(FinalReviewPage.Rating, "4"), (FinalReviewPage.WentWell, "Meeting every fortnight and preparing each meeting.")]))
                .OfType<ParticipantAct>();
        }

        return NextAct(journey) is { } act ? [act] : [];
    }

    /// <summary>What the person a journey waits for would do now, before its close-out; null when nobody is due.</summary>
    private ParticipantAct? NextAct(MentorshipSummary journey)
    {
        var id = journey.JourneyId;
        return journey.Stage switch
        {
            JourneyStages.AwaitingMentor => Act(id + "/mentor-request/" + journey.MentorshipId![(journey.MentorshipId!.LastIndexOf(':') + 1)..], "accept", e => e.Links, []),
            JourneyStages.Agreement when journey.WaitingFor!.Contains("the mentee's agreement", StringComparison.Ordinal) =>
                Act(id + "/agreement-request", "submit-agreement", e => e.Links, new AgreementFormBuilder()
                    .With("goals[0].targetDate", DateTimeOffset.UtcNow.AddMinutes(15).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
                    .Build()),
            JourneyStages.Agreement when journey.WaitingFor!.Contains("by the mentor", StringComparison.Ordinal) =>
                Act(id + "/agreement-confirmation/1/mentor", "confirm-agreement", e => e.Links, []),
            JourneyStages.Review =>
                Act($"meeting/{id}:review:1/0/{journey.MenteeId}", "early-close", e => e.InviteLinks, [(EarlyClosePage.ReasonField, "We reached the goals sooner than planned.")]),
            _ => null,
        };
    }

    /// <summary>The link of <paramref name="action"/> in the email keyed <paramref name="key"/>, with the form to post; null before it was sent.</summary>
    private ParticipantAct? Act(string key, string action, Func<OutboxEmail, IReadOnlyList<Uri>> links, (string Name, string Value)[] fields) =>
        _outbox.Values.FirstOrDefault(e => e.Key == key) is { } email
            ? new ParticipantAct(links(email).Single(l => l.AbsolutePath.EndsWith("/" + action, StringComparison.Ordinal)), fields)
            : null;

    /// <summary>
    /// Posts the link's form to the running host. True once the link has been answered: done, or already used (a
    /// post the kill cut off may have used it). False when the host was down; the next round tries again.
    /// </summary>
    private static async Task<bool> AnswerAsync(RestartableHost host, ParticipantAct act, CancellationToken patience)
    {
        var status = await host.TrySendAsync(
            b => new HttpRequestMessage(HttpMethod.Post, new Uri(b, act.Link.PathAndQuery))
            {
                Content = new FormUrlEncodedContent(act.Fields.Select(f => KeyValuePair.Create(f.Name, f.Value))),
            },
            patience);
        Assert.True(status is null or HttpStatusCode.OK or HttpStatusCode.Gone, $"{act.Link.AbsolutePath}: {status}");
        return status is not null;
    }

    private void ReadNewEmails()
    {
        if (!Directory.Exists(OutboxDirectory))
        {
            return;
        }

        // An .eml file appears whole (written aside, then linked into place) and never changes.
        foreach (var file in Directory.GetFiles(OutboxDirectory, "*" + OutboxFileName.Extension))
        {
            if (!_outbox.ContainsKey(file))
            {
                _outbox[file] = OutboxEmail.Read(file);
            }
        }
    }

    private static HttpRequestMessage Admin(HttpMethod method, Uri uri, object? body)
    {
        var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body, options: s_json) };
        request.Headers.Add(AdminKeyAuthenticationHandler.HeaderName, MentorFlowHostFactory.TestAdminKey);
        return request;
    }

    private static async Task<string> DescribeAsync(RestartableHost host)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            var journeys = await ListJourneysAsync(host, cancel.Token);
            return string.Join("\n", journeys.Select(j => $"{j.JourneyId}: {j.RuntimeStatus} {j.Stage} waiting for {j.WaitingFor} ({j.MentorshipId})"));
        }
        catch (OperationCanceledException)
        {
            return "(the host did not answer)";
        }
    }

    private static string Tail(string output) => output.Length <= 8000 ? output : output[^8000..];

    private static string Name(string role, int number) => $"{role} {number.ToString("00", CultureInfo.InvariantCulture)}";

    private sealed record ParticipantAct(Uri Link, (string Name, string Value)[] Fields);
}
