using MentorFlow.Domain.Messages;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

public abstract class IdempotencyTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Fact]
    public async Task An_activity_retried_after_sending_does_not_send_its_email_twice()
    {
        CrashAfterSending? transport = null;
        await using var host = NewHost(inner => transport = new CrashAfterSending(inner, key => key.EndsWith("/welcome", StringComparison.Ordinal) && key.StartsWith("journey:", StringComparison.Ordinal)));
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));

        // The activity failed after the send; its retry waits on a durable timer, which the clock moves past.
        await host.WaitForEmailAsync($"{journey}/welcome");
        using var patience = new CancellationTokenSource(LifecycleHost.Patience);
        while ((await host.DurableClient.GetInstanceAsync(journey, getInputsAndOutputs: true, cancellationToken: patience.Token))!.ReadCustomStatusAs<JourneyStatus>()?.Stage != JourneyStages.AwaitingMentor)
        {
            host.Clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(TimeSpan.FromMilliseconds(50), patience.Token);
        }

        var welcomeKey = $"{journey}/welcome";
        Assert.Equal([EmailSendOutcome.Sent, EmailSendOutcome.AlreadySent], transport!.Sent.Where(s => s.Key == welcomeKey).Select(s => s.Outcome));
        Assert.Single(host.Outbox(), e => e.Key == welcomeKey);
        Assert.Equal(host.Outbox().Count, host.Outbox().Select(e => e.Key).Distinct().Count());
    }
}
