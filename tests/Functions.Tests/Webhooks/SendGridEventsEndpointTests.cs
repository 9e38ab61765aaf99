using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Tests.SendGrid;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Webhooks;

public sealed class SendGridEventsEndpointTests(SendGridEventsHostFactory host) : IClassFixture<SendGridEventsHostFactory>
{
    private const string Route = "/api/webhooks/sendgrid/events";
    private readonly HttpClient _sendGrid = host.CreateClient();

    [Fact]
    public async Task A_signed_bounce_marks_the_participant_undeliverable_and_alerts_the_administrator_once()
    {
        var (programme, mentee, email) = await EnrolledMenteeAsync();
        var body = Bounce(programme, mentee, email, "bounce");

        using var response = await PostAsync(host.SendGrid.Sign(body, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ParticipantStatus.Undeliverable, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        var alert = Assert.Single(AlertsFor(programme, mentee));
        Assert.Contains("Grace Chen (mentee)", alert.Text, StringComparison.Ordinal);
        Assert.Contains("550 5.1.1 user unknown", alert.Text, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(JourneyIds.MenteeJourney(programme, mentee)), alert.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_event_posted_twice_alerts_once()
    {
        var (programme, mentee, email) = await EnrolledMenteeAsync();
        var body = Bounce(programme, mentee, email, "dropped");

        using var first = await PostAsync(host.SendGrid.Sign(body, DateTimeOffset.UtcNow));
        await host.Participants.SetStatusAsync(programme, mentee, ParticipantStatus.Active, CancellationToken.None);
        using var again = await PostAsync(host.SendGrid.Sign(body, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Single(AlertsFor(programme, mentee));
        // The repeat was recognised as handled: it did not even mark the participant again.
        Assert.Equal(ParticipantStatus.Active, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_delivered_event_changes_nothing()
    {
        var (programme, mentee, email) = await EnrolledMenteeAsync();

        using var response = await PostAsync(host.SendGrid.Sign(Bounce(programme, mentee, email, "delivered"), DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ParticipantStatus.Active, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        Assert.Empty(AlertsFor(programme, mentee));
    }

    [Fact]
    public async Task A_post_signed_with_another_key_is_refused_with_401_and_changes_nothing()
    {
        var (programme, mentee, email) = await EnrolledMenteeAsync();
        using var impostor = new SignedWebhookPost();

        using var response = await PostAsync(impostor.Sign(Bounce(programme, mentee, email, "bounce"), DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ParticipantStatus.Active, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        Assert.Empty(AlertsFor(programme, mentee));
    }

    [Fact]
    public async Task A_post_without_a_signature_is_refused_with_401()
    {
        using var response = await _sendGrid.PostAsync(Route, new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_correctly_signed_but_stale_post_is_refused_and_changes_nothing()
    {
        var (programme, mentee, email) = await EnrolledMenteeAsync();

        using var response = await PostAsync(host.SendGrid.Sign(Bounce(programme, mentee, email, "bounce"), DateTimeOffset.UtcNow.AddHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(ParticipantStatus.Active, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        Assert.Empty(AlertsFor(programme, mentee));
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_array_of_events_is_refused_with_400()
    {
        using var response = await PostAsync(host.SendGrid.Sign("""{"event":"bounce"}""", DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_413_before_it_is_verified()
    {
        var oversized = "[" + new string(' ', 1024 * 1024) + "]";

        using var response = await PostAsync(host.SendGrid.Sign(oversized, DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Without_a_verification_key_the_endpoint_does_not_exist()
    {
        await using var plain = new MentorFlowHostFactory();
        using var client = plain.CreateClient();

        using var response = await client.PostAsync(Route, new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<(ProgrammeId Programme, ParticipantId Mentee, string Email)> EnrolledMenteeAsync()
    {
        var programmeId = NewProgrammeId();
        var programme = ProgrammeId.Parse(programmeId, "id").Value;
        var email = NewEmail("grace");
        var mentee = ParticipantId.For(programme, EmailAddress.Parse(email, "email").Value);
        await host.Programmes.TryAddAsync(programme, Programme(programmeId), DateTimeOffset.UtcNow, CancellationToken.None);
        await host.Participants.AddAsync(
            new StoredParticipant(programme, mentee, EnrolmentRole.Mentee, Mentee(email), DateTimeOffset.UtcNow, ParticipantStatus.Active),
            CancellationToken.None);
        return (programme, mentee, email);
    }

    /// <summary>An event about an email of the mentee's journey, with its correlation id as SendGrid sends it back.</summary>
    private static string Bounce(ProgrammeId programme, ParticipantId mentee, string email, string kind) => $$"""
        [{"email":"{{email}}","timestamp":1772441005,"event":"{{kind}}","type":"bounce","reason":"550 5.1.1 user unknown",
          "sg_event_id":"{{Guid.NewGuid():N}}","sg_message_id":"msg-1.filter",
          "{{SendGridCustomArgs.CorrelationId}}":"{{JourneyIds.MenteeJourney(programme, mentee)}}/welcome"}]
        """;

    private IEnumerable<Lifecycle.Support.OutboxEmail> AlertsFor(ProgrammeId programme, ParticipantId mentee)
        => host.Outbox().Where(e => e.Key == $"undeliverable/{programme.Value}/{mentee.Value}");

    private async Task<HttpResponseMessage> PostAsync((string Signature, string Timestamp, byte[] Body) signed)
    {
        using var content = new ByteArrayContent(signed.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        request.Headers.Add(SendGridEventWebhookReceiver.SignatureHeader, signed.Signature);
        request.Headers.Add(SendGridEventWebhookReceiver.TimestampHeader, signed.Timestamp);
        return await _sendGrid.SendAsync(request);
    }
}
