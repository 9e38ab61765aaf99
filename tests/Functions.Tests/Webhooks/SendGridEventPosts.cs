using System.Net.Http.Headers;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.EventWebhook;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Webhooks;

/// <summary>A stored mentee for SendGrid to report on, an event about their email, and posting it as SendGrid does.</summary>
public static class SendGridEventPosts
{
    public const string Route = "/api/webhooks/sendgrid/events";

    public static async Task<(ProgrammeId Programme, ParticipantId Mentee, string Email)> EnrolledMenteeAsync(IProgrammeStore programmes, IParticipantStore participants)
    {
        var programmeId = NewProgrammeId();
        var programme = ProgrammeId.Parse(programmeId, "id").Value;
        var email = NewEmail("grace");
        var mentee = ParticipantId.For(programme, EmailAddress.Parse(email, "email").Value);
        await programmes.TryAddAsync(programme, Programme(programmeId), DateTimeOffset.UtcNow, CancellationToken.None);
        await participants.AddAsync(
            new StoredParticipant(programme, mentee, EnrolmentRole.Mentee, Mentee(email), DateTimeOffset.UtcNow, ParticipantStatus.Active),
            CancellationToken.None);
        return (programme, mentee, email);
    }

    /// <summary>An event about an email of the mentee's journey, with its correlation id as SendGrid sends it back.</summary>
    public static string Event(ProgrammeId programme, ParticipantId mentee, string email, string kind) => $$"""
        [{"email":"{{email}}","timestamp":1772441005,"event":"{{kind}}","type":"bounce","reason":"550 5.1.1 user unknown",
          "sg_event_id":"{{Guid.NewGuid():N}}","sg_message_id":"msg-1.filter",
          "{{SendGridCustomArgs.CorrelationId}}":"{{JourneyIds.MenteeJourney(programme, mentee)}}/welcome"}]
        """;

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, (string Signature, string Timestamp, byte[] Body) post)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new ByteArrayContent(post.Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Route) { Content = content };
        request.Headers.Add(SendGridEventWebhookReceiver.SignatureHeader, post.Signature);
        request.Headers.Add(SendGridEventWebhookReceiver.TimestampHeader, post.Timestamp);
        return await client.SendAsync(request);
    }
}
