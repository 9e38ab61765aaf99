using MentorFlow.Functions.Hosting;
using MentorFlow.Functions.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MentorFlow.Functions.Tests.Security;

public sealed class SharedKeysWarningTests
{
    [Fact]
    public async Task Shared_data_without_both_keys_set_warns_naming_each_missing_setting()
    {
        var logger = new RecordingLogger();
        var warning = new SharedKeysWarning(Options.Create(new MentorFlowOptions { AdminKey = "an-admin-key-of-some-length" }), logger, dataIsShared: true);

        await warning.StartAsync(CancellationToken.None);

        var (level, message) = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.Contains("MentorFlow__LinkSigningKey is not set", message, StringComparison.Ordinal);
        Assert.DoesNotContain("MentorFlow__AdminKey", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_is_said_with_both_keys_set_or_with_data_of_this_instance_only()
    {
        var logger = new RecordingLogger();
        var keys = new MentorFlowOptions { AdminKey = "an-admin-key-of-some-length", LinkSigningKey = "a-link-signing-key-of-some-length" };

        await new SharedKeysWarning(Options.Create(keys), logger, dataIsShared: true).StartAsync(CancellationToken.None);
        await new SharedKeysWarning(Options.Create(new MentorFlowOptions()), logger, dataIsShared: false).StartAsync(CancellationToken.None);

        Assert.Empty(logger.Entries);
        Assert.Equal(["MentorFlow__AdminKey", "MentorFlow__LinkSigningKey"], SharedKeysWarning.Unset(new MentorFlowOptions()));
    }

    private sealed class RecordingLogger : ILogger<SharedKeysWarning>
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Entries.Add((logLevel, formatter(state, exception)));
    }
}
