using System.Buffers.Text;
using System.Text;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Infrastructure.Tests.Links;

public sealed class ActionLinkTokensTests
{
    private const string Journey = "journey-42";
    private static readonly TimeSpan s_week = TimeSpan.FromDays(7);

    [Fact]
    public void A_link_checks_as_valid_for_its_journey_and_action_and_gives_back_its_claims()
    {
        var builder = new LinkTokensBuilder();
        var tokens = builder.Build();
        var issued = tokens.Issue(Journey, "mentee-7", LinkAction.Choose, "mentor-3", s_week);

        var check = tokens.Check(issued.Token, Journey, LinkAction.Choose);

        Assert.Equal(LinkCheckStatus.Valid, check.Status);
        Assert.Equal(issued.Claims, check.Claims);
        Assert.Equal("mentor-3", check.Claims!.Argument);
        Assert.Equal("mentee-7", check.Claims.ParticipantId);
        Assert.Equal(builder.Clock.GetUtcNow() + s_week, check.Claims.ExpiresAt);
    }

    [Fact]
    public void Tokens_are_url_safe_and_unique_per_link()
    {
        var tokens = new LinkTokensBuilder().Build();

        var first = tokens.Issue(Journey, "mentor-3", LinkAction.Accept, null, s_week);
        var second = tokens.Issue(Journey, "mentor-3", LinkAction.Accept, null, s_week);

        Assert.NotEqual(first.Claims.TokenId, second.Claims.TokenId);
        Assert.NotEqual(first.Token, second.Token);
        Assert.Equal(first.Token, Uri.EscapeDataString(first.Token));
    }

    [Fact]
    public void A_changed_payload_is_forged()
    {
        var tokens = new LinkTokensBuilder().Build();
        var parts = tokens.Issue(Journey, "mentee-7", LinkAction.Decline, null, s_week).Token.Split('.');
        var payload = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[1])).Replace("mentee-7", "mentee-8", StringComparison.Ordinal);
        var tampered = $"{parts[0]}.{Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload))}.{parts[2]}";

        var check = tokens.Check(tampered, Journey, LinkAction.Decline);

        Assert.Equal(LinkCheckStatus.Forged, check.Status);
        Assert.Null(check.Claims);
    }

    [Fact]
    public void A_link_signed_with_another_key_is_forged()
    {
        var stranger = new LinkTokensBuilder().SignedWith("someone-elses-key-0123456789abcdefghijklmnop").Build();
        var token = stranger.Issue(Journey, "mentee-7", LinkAction.Accept, null, s_week).Token;

        Assert.Equal(LinkCheckStatus.Forged, new LinkTokensBuilder().Build().Check(token, Journey, LinkAction.Accept).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("1.e30.AAAA")]
    [InlineData("2.e30.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("1.e30.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("1.!!.###")]
    [InlineData("1.a.b.c")]
    public void A_malformed_token_is_forged(string? token)
    {
        Assert.Equal(LinkCheckStatus.Forged, new LinkTokensBuilder().Build().Check(token, Journey, LinkAction.Accept).Status);
    }

    [Fact]
    public void A_genuine_link_for_another_journey_or_action_is_out_of_scope()
    {
        var tokens = new LinkTokensBuilder().Build();
        var token = tokens.Issue(Journey, "mentor-3", LinkAction.Accept, null, s_week).Token;

        Assert.Equal(LinkCheckStatus.WrongScope, tokens.Check(token, "journey-43", LinkAction.Accept).Status);
        Assert.Equal(LinkCheckStatus.WrongScope, tokens.Check(token, Journey, LinkAction.Decline).Status);
    }

    [Fact]
    public void A_link_past_its_expiry_is_expired()
    {
        var builder = new LinkTokensBuilder();
        var tokens = builder.Build();
        var token = tokens.Issue(Journey, "mentor-3", LinkAction.Pause, null, s_week).Token;

        builder.Clock.Advance(s_week - TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheckStatus.Valid, tokens.Check(token, Journey, LinkAction.Pause).Status);
        builder.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(LinkCheckStatus.Expired, tokens.Check(token, Journey, LinkAction.Pause).Status);
    }

    [Fact]
    public void After_a_key_rotation_links_signed_with_the_previous_key_still_work()
    {
        var token = new LinkTokensBuilder().SignedWith(LinkTokensBuilder.OldKey).Build().Issue(Journey, "mentee-7", LinkAction.CheckIn, null, s_week).Token;

        var rotated = new LinkTokensBuilder().AlsoAccepting(LinkTokensBuilder.OldKey).Build();
        var withoutPrevious = new LinkTokensBuilder().Build();

        Assert.Equal(LinkCheckStatus.Valid, rotated.Check(token, Journey, LinkAction.CheckIn).Status);
        Assert.Equal(LinkCheckStatus.Forged, withoutPrevious.Check(token, Journey, LinkAction.CheckIn).Status);
    }

    [Fact]
    public void Every_action_survives_the_round_trip()
    {
        var tokens = new LinkTokensBuilder().Build();

        foreach (var action in Enum.GetValues<LinkAction>())
        {
            var token = tokens.Issue(Journey, "mentee-7", action, null, s_week).Token;
            Assert.Equal(action, tokens.Check(token, Journey, action).Claims!.Action);
        }
    }

    [Fact]
    public void A_short_signing_key_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LinkSigningKeys.FromText("too-short"));

        Assert.Contains("MentorFlow__LinkSigningKey", error.Message, StringComparison.Ordinal);
    }
}
