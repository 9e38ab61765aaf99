using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Tests.SendGrid;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Webhooks;

/// <summary>The real host with the signed Event Webhook on, verifying with the public half of <see cref="SendGrid"/>.</summary>
public sealed class SendGridEventsHostFactory : MentorFlowHostFactory
{
    public SignedWebhookPost SendGrid { get; } = new();

    public IProgrammeStore Programmes => Services.GetRequiredService<IProgrammeStore>();

    public IParticipantStore Participants => Services.GetRequiredService<IParticipantStore>();

    public IReadOnlyList<OutboxEmail> Outbox() => OutboxEmail.ReadAll(Path.Combine(DataDirectory, "outbox"));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["SendGrid:EventWebhook:VerificationKey"] = SendGrid.PublicKey,
    };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SendGrid.Dispose();
    }
}
