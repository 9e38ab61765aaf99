using MentorFlow.Infrastructure.Links;
using MentorFlow.Infrastructure.Sqlite;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Links;

public sealed class SingleUseLinksTests : IDisposable
{
    private const string Journey = "journey-42";
    private readonly TemporaryDirectory _data = new();
    private readonly LinkTokensBuilder _builder = new();
    private readonly ActionLinkTokens _tokens;
    private readonly SingleUseLinks _links;

    public SingleUseLinksTests()
    {
        _tokens = _builder.Build();
        _links = new SingleUseLinks(_tokens, SqliteUsedLinkLedger.InDataDirectory(_data.Path, _builder.Clock));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    [Fact]
    public async Task A_link_works_once_and_then_answers_already_used()
    {
        var token = _tokens.Issue(Journey, "mentor-3", LinkAction.Accept, null, TimeSpan.FromDays(7)).Token;

        var first = await _links.RedeemAsync(token, Journey, LinkAction.Accept, CancellationToken.None);
        var second = await _links.RedeemAsync(token, Journey, LinkAction.Accept, CancellationToken.None);

        Assert.Equal(LinkCheckStatus.Valid, first.Status);
        Assert.Equal(LinkCheckStatus.AlreadyUsed, second.Status);
        Assert.True(File.Exists(Path.Combine(_data.Path, SqliteUsedLinkLedger.DatabaseFileName)));
    }

    [Fact]
    public async Task A_refused_attempt_does_not_use_the_link_up()
    {
        var token = _tokens.Issue(Journey, "mentor-3", LinkAction.Accept, null, TimeSpan.FromDays(7)).Token;

        var wrong = await _links.RedeemAsync(token, Journey, LinkAction.Decline, CancellationToken.None);
        var right = await _links.RedeemAsync(token, Journey, LinkAction.Accept, CancellationToken.None);

        Assert.Equal(LinkCheckStatus.WrongScope, wrong.Status);
        Assert.Equal(LinkCheckStatus.Valid, right.Status);
    }

    [Fact]
    public async Task An_expired_link_is_refused_before_the_ledger_is_asked()
    {
        var token = _tokens.Issue(Journey, "mentee-7", LinkAction.EarlyClose, null, TimeSpan.FromHours(1)).Token;
        _builder.Clock.Advance(TimeSpan.FromHours(2));

        var check = await _links.RedeemAsync(token, Journey, LinkAction.EarlyClose, CancellationToken.None);

        Assert.Equal(LinkCheckStatus.Expired, check.Status);
        Assert.False(File.Exists(Path.Combine(_data.Path, SqliteUsedLinkLedger.DatabaseFileName)));
    }

    [Fact]
    public async Task Checking_a_link_does_not_use_it_up_and_a_used_link_checks_as_already_used()
    {
        var token = _tokens.Issue(Journey, "mentee-7", LinkAction.SubmitAgreement, null, TimeSpan.FromDays(7)).Token;

        var before = await _links.CheckAsync(token, Journey, LinkAction.SubmitAgreement, CancellationToken.None);
        var redeemed = await _links.RedeemAsync(token, Journey, LinkAction.SubmitAgreement, CancellationToken.None);
        var after = await _links.CheckAsync(token, Journey, LinkAction.SubmitAgreement, CancellationToken.None);

        Assert.Equal(LinkCheckStatus.Valid, before.Status);
        Assert.Equal(LinkCheckStatus.Valid, redeemed.Status);
        Assert.Equal(LinkCheckStatus.AlreadyUsed, after.Status);
    }
}
