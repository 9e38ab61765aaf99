using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>A <see cref="GraphMeetingCalendar"/> wired through the real SDK pipeline to a loopback server.</summary>
public static class GraphWire
{
    public const string Organizer = "mentoring@contoso.example";
    public const string Token = "test-token";

    public static GraphMeetingCalendar Calendar(LoopbackServer server, int maxRetries = 3) =>
        Calendar(new Uri(server.BaseUrl, "v1.0").ToString(), maxRetries);

    public static GraphMeetingCalendar Calendar(FakeGraphCalendar graph, int maxRetries = 3) => Calendar(graph.BaseUrl, maxRetries);

    private static GraphMeetingCalendar Calendar(string baseUrl, int maxRetries)
    {
        var options = new GraphOptions
        {
            TenantId = "tenant",
            ClientId = "client",
            ClientSecret = "secret",
            Organizer = Organizer,
            BaseUrl = baseUrl,
            MaxRetries = maxRetries,
        };
        var client = GraphClientBuilder.Create(options, new BaseBearerTokenAuthenticationProvider(new FixedTokenProvider(Token)));
        return new GraphMeetingCalendar(client, Options.Create(options), NullLogger<GraphMeetingCalendar>.Instance);
    }

    public static string EventJson(string id = "AAMkAD-event-1", string start = "2026-03-09T15:00:00.0000000", string end = "2026-03-09T16:00:00.0000000") => $$"""
        {
          "id": "{{id}}",
          "iCalUId": "040000008200E00074C5B7101A82E008-uid",
          "webLink": "https://outlook.office365.com/owa/?itemid={{id}}",
          "start": { "dateTime": "{{start}}", "timeZone": "UTC" },
          "end": { "dateTime": "{{end}}", "timeZone": "UTC" },
          "isOnlineMeeting": true,
          "onlineMeeting": { "joinUrl": "https://teams.microsoft.com/l/meetup-join/abc" }
        }
        """;

    public static ScriptedResponse NotFound() => ScriptedResponse.Json(404,
        """{"error":{"code":"ErrorItemNotFound","message":"The specified object was not found in the store."}}""");
}
