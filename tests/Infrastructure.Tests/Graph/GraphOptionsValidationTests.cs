using MentorFlow.Infrastructure.Graph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MentorFlow.Infrastructure.Tests.Graph;

public sealed class GraphOptionsValidationTests
{
    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging().AddGraphCalendar(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();

    [Fact]
    public void Missing_settings_fail_with_messages_naming_each_setting()
    {
        using var services = Services(new() { ["Graph:MaxRetries"] = "11" });

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<GraphOptions>>().Value);

        Assert.Equal(
            ["Graph__TenantId", "Graph__ClientId", "Graph__ClientSecret", "Graph__Organizer", "Graph__MaxRetries"],
            failure.Failures.Select(f => f.Split(' ')[0]));
    }

    [Fact]
    public void Complete_settings_build_the_calendar_with_the_public_graph_as_default()
    {
        using var services = Services(new()
        {
            ["Graph:TenantId"] = "tenant",
            ["Graph:ClientId"] = "client",
            ["Graph:ClientSecret"] = "secret",
            ["Graph:Organizer"] = "mentoring@contoso.example",
        });

        Assert.Equal("https://graph.microsoft.com/v1.0", services.GetRequiredService<IOptions<GraphOptions>>().Value.BaseUrl);
        Assert.NotNull(services.GetRequiredService<GraphMeetingCalendar>());
    }
}
