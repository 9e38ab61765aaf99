using MentorFlow.Domain.Meetings;
using MentorFlow.Domain.Messages;
using MentorFlow.Durable.Storage;
using MentorFlow.Durable.Storage.Sqlite;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.Calendar;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Outbox;
using MentorFlow.Infrastructure.SendGrid;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Integrations;

/// <summary>Which email transport, meeting calendar and workflow store the host composes from its settings.</summary>
public sealed class IntegrationSelectionTests
{
    private static readonly Dictionary<string, string> SendGridSettings = new()
    {
        ["SendGrid:ApiKey"] = "SG.test-key",
        ["SendGrid:From"] = "programmes@example.org",
        ["SendGrid:BaseUrl"] = "http://127.0.0.1:9/",
    };

    private static readonly Dictionary<string, string> GraphSettings = new()
    {
        ["Graph:TenantId"] = "00000000-0000-0000-0000-000000000001",
        ["Graph:ClientId"] = "00000000-0000-0000-0000-000000000002",
        ["Graph:ClientSecret"] = "test-secret",
        ["Graph:Organizer"] = "mentoring@example.org",
    };

    [Fact]
    public async Task Without_settings_the_embedded_defaults_are_used()
    {
        await using var host = new ConfiguredHostFactory(new Dictionary<string, string>());

        Assert.IsType<LocalOutbox>(host.Services.GetRequiredService<IEmailSender>());
        Assert.IsType<SqliteOrchestrationStore>(host.Services.GetRequiredService<IOrchestrationStore>());
        Assert.Null(host.Services.GetService<GraphMeetingCalendar>());
        Assert.IsType<EmailMeetingBooker>(host.Services.GetRequiredService<IMeetingBooker>());
        Assert.IsType<AvailabilitySlotFinder>(host.Services.GetRequiredService<IMeetingSlotFinder>());
    }

    [Fact]
    public async Task With_a_SendGrid_key_and_sender_email_goes_through_SendGrid()
    {
        await using var host = new ConfiguredHostFactory(SendGridSettings);

        Assert.IsType<SendGridEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public async Task With_the_Graph_app_registration_meetings_go_through_Graph()
    {
        await using var host = new ConfiguredHostFactory(GraphSettings);

        Assert.NotNull(host.Services.GetRequiredService<GraphMeetingCalendar>());
        Assert.IsType<GraphMeetingBooker>(host.Services.GetRequiredService<IMeetingBooker>());
        Assert.IsType<GraphMeetingSlotFinder>(host.Services.GetRequiredService<IMeetingSlotFinder>());
    }

    [Theory]
    [InlineData("SendGrid__ApiKey", "SG.test-key", "SendGrid__From")]
    [InlineData("SendGrid__From", "programmes@example.org", "SendGrid__ApiKey")]
    [InlineData("CosmosDb__Endpoint", "https://127.0.0.1:8081/", "CosmosDb__Database")]
    [InlineData("CosmosDb__Database", "mentorflow", "CosmosDb__Endpoint")]
    [InlineData("Graph__TenantId", "00000000-0000-0000-0000-000000000001", "Graph__ClientSecret")]
    public async Task A_partial_configuration_stops_start_up_naming_the_missing_setting(string setting, string value, string missing)
    {
        var output = await HostProcess.StartupFailureAsync(new Dictionary<string, string> { [setting] = value });

        Assert.Contains(missing, output, StringComparison.Ordinal);
    }
}
