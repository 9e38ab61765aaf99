using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Links;

public sealed class LinkSigningKeyFileTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();
    private readonly InstantTimeProvider _clock = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));

    private string KeyPath => Path.Combine(_data.Path, LinkSigningKeyFile.FileName);

    public void Dispose() => _data.Dispose();

    [Fact]
    public void Without_a_configured_key_one_is_generated_once_and_kept_across_restarts()
    {
        var first = new ActionLinkTokens(LinkSigningKeyFile.LoadOrCreate(null, null, _data.Path), _clock);
        var written = File.ReadAllText(KeyPath);
        var token = first.Issue("journey-42", "mentee-7", LinkAction.CheckIn, null, TimeSpan.FromDays(1)).Token;

        var afterRestart = new ActionLinkTokens(LinkSigningKeyFile.LoadOrCreate(null, null, _data.Path), _clock);

        Assert.Equal(written, File.ReadAllText(KeyPath));
        Assert.True(afterRestart.Check(token, "journey-42", LinkAction.CheckIn).IsValid);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
        }
    }

    [Fact]
    public void A_configured_key_is_used_and_nothing_is_written()
    {
        var configured = new ActionLinkTokens(LinkSigningKeyFile.LoadOrCreate(LinkTokensBuilder.CurrentKey, null, _data.Path), _clock);
        var token = configured.Issue("journey-42", "mentee-7", LinkAction.CheckIn, null, TimeSpan.FromDays(1)).Token;

        Assert.False(File.Exists(KeyPath));
        Assert.True(new LinkTokensBuilder().Build().Check(token, "journey-42", LinkAction.CheckIn).IsValid);
    }

    [Fact]
    public void An_empty_key_file_stops_start_up_with_a_clear_message()
    {
        File.WriteAllText(KeyPath, "  ");

        var error = Assert.Throws<InvalidOperationException>(() => LinkSigningKeyFile.LoadOrCreate(null, null, _data.Path));

        Assert.Contains(LinkSigningKeyFile.FileName, error.Message, StringComparison.Ordinal);
    }
}
