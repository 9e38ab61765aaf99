using System.Net;
using System.Text;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Support;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using MentorFlow.Infrastructure.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MentorFlow.Infrastructure.Tests.SendGrid;

namespace MentorFlow.Functions.Tests.Webhooks;

public sealed class SendGridEventsEndpointTests(SendGridEventsHostFactory host) : IClassFixture<SendGridEventsHostFactory>
{
    private const string Route = SendGridEventPosts.Route;
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
    public async Task A_bounce_of_the_mentors_address_on_a_mentee_journeys_email_marks_the_mentor()
    {
        var (programme, mentee, _) = await EnrolledMenteeAsync();
        var mentorEmail = Mentoring.Bodies.NewEmail("amara");
        var mentor = ParticipantId.For(programme, EmailAddress.Parse(mentorEmail, "email").Value);
        await host.Participants.AddAsync(
            new StoredParticipant(programme, mentor, EnrolmentRole.Mentor, Mentoring.Bodies.Mentor(mentorEmail), DateTimeOffset.UtcNow, ParticipantStatus.Active),
            CancellationToken.None);

        using var response = await PostAsync(host.SendGrid.Sign(Bounce(programme, mentee, mentorEmail.ToUpperInvariant(), "bounce"), DateTimeOffset.UtcNow));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(ParticipantStatus.Undeliverable, (await host.Participants.GetAsync(programme, mentor, CancellationToken.None))!.Status);
        Assert.Equal(ParticipantStatus.Active, (await host.Participants.GetAsync(programme, mentee, CancellationToken.None))!.Status);
        Assert.Contains("Amara Okafor (mentor)", Assert.Single(AlertsFor(programme, mentor)).Text, StringComparison.Ordinal);
        Assert.Empty(AlertsFor(programme, mentee));
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
    public void Without_Cosmos_DB_the_handled_events_are_kept_in_the_SQLite_file()
        => Assert.IsType<SqliteEventDeduplicator>(host.Services.GetRequiredService<IEventDeduplicator>());

    [Fact]
    public async Task Without_a_verification_key_the_endpoint_does_not_exist()
    {
        await using var plain = new MentorFlowHostFactory();
        using var client = plain.CreateClient();

        using var response = await client.PostAsync(Route, new StringContent("[]", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<(ProgrammeId Programme, ParticipantId Mentee, string Email)> EnrolledMenteeAsync()
        => SendGridEventPosts.EnrolledMenteeAsync(host.Programmes, host.Participants);

    private static string Bounce(ProgrammeId programme, ParticipantId mentee, string email, string kind)
        => SendGridEventPosts.Event(programme, mentee, email, kind);

    private IEnumerable<Lifecycle.Support.OutboxEmail> AlertsFor(ProgrammeId programme, ParticipantId mentee)
        => host.Outbox().Where(e => e.Key == $"undeliverable/{programme.Value}/{mentee.Value}");

    private Task<HttpResponseMessage> PostAsync((string Signature, string Timestamp, byte[] Body) signed)
        => SendGridEventPosts.PostAsync(_sendGrid, signed);
}
