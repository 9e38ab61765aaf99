using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class SendGridOptionsValidationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddLogging()
            .AddSendGridMail(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddSendGridEventWebhook(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();

    [Fact]
    public void Missing_settings_fail_with_messages_naming_each_setting()
    {
        using var services = Services(new() { ["SendGrid:BaseUrl"] = "not a url" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SendGridOptions>>().Value);

        Assert.Contains(failure.Failures, f => f.StartsWith("SendGrid__ApiKey", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("SendGrid__From", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.StartsWith("SendGrid__BaseUrl", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sender_that_is_not_an_address_is_refused()
    {
        using var services = Services(new() { ["SendGrid:ApiKey"] = "SG.k", ["SendGrid:From"] = "MentorFlow team" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SendGridOptions>>().Value);

        Assert.Equal(["SendGrid__From must be an email address."], failure.Failures);
    }

    [Fact]
    public void Complete_settings_bind_including_the_defaults()
    {
        using var services = Services(new() { ["SendGrid:ApiKey"] = "SG.k", ["SendGrid:From"] = "a@example.org", ["SendGrid:SandboxMode"] = "true" });

        var options = services.GetRequiredService<IOptions<SendGridOptions>>().Value;

        Assert.True(options.SandboxMode);
        Assert.Equal("https://api.sendgrid.com", options.BaseUrl);
    }

    [Fact]
    public void A_webhook_key_that_is_not_a_P256_public_key_is_refused_naming_the_setting()
    {
        using var services = Services(new() { ["SendGrid:EventWebhook:VerificationKey"] = "bm90IGEga2V5" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SendGridEventWebhookOptions>>().Value);

        Assert.StartsWith("SendGrid__EventWebhook__VerificationKey", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dedupe_retention_shorter_than_SendGrids_day_of_retries_is_refused_naming_the_setting()
    {
        using var key = new SignedWebhookPost();
        using var services = Services(new()
        {
            ["SendGrid:EventWebhook:VerificationKey"] = key.PublicKey,
            ["SendGrid:EventWebhook:DedupeRetention"] = "12:00:00",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SendGridEventWebhookOptions>>().Value);

        Assert.StartsWith("SendGrid__EventWebhook__DedupeRetention", Assert.Single(failure.Failures), StringComparison.Ordinal);
    }
}
