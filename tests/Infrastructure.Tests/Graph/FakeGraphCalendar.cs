using System.Globalization;
using System.Text.Json.Nodes;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>
/// A loopback server that keeps an organizer's calendar the way Graph does for what MentorFlow calls: a create with a
/// transactionId it has seen answers with the event made then; update, cancel (the event leaves the calendar) and read
/// work by event id and answer 404 for an unknown one; getSchedule answers from <see cref="Busy"/>. Every request is
/// checked for the bearer token; <see cref="Throttle"/> and <see cref="LoseAnswer"/> script the next creates' failures.
/// </summary>
public sealed class FakeGraphCalendar : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, JsonObject> _events = [];
    private readonly List<(string EventId, string Comment)> _cancelled = [];
    private readonly List<(string Email, DateTimeOffset Start, DateTimeOffset End)> _busy = [];
    private LoopbackServer _server = null!;
    private int _throttles;
    private int _lostAnswers;

    private FakeGraphCalendar()
    {
    }

    public string Organizer { get; } = GraphWire.Organizer;

    /// <summary>The base URL to configure as <c>Graph__BaseUrl</c>.</summary>
    public string BaseUrl => new Uri(_server.BaseUrl, "v1.0").ToString();

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    /// <summary>The events in the calendar now (cancelled ones have left it), in the order they were made.</summary>
    public IReadOnlyList<JsonObject> Events
    {
        get
        {
            lock (_gate)
            {
                return [.. _events.Values.Select(e => (JsonObject)e.DeepClone())];
            }
        }
    }

    public IReadOnlyList<(string EventId, string Comment)> Cancelled
    {
        get
        {
            lock (_gate)
            {
                return [.. _cancelled];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Creates => [.. Requests.Where(r => r.Method == "POST" && r.Path == EventsPath)];

    private string EventsPath => $"/v1.0/users/{Organizer}/events";

    public static async Task<FakeGraphCalendar> StartAsync()
    {
        var calendar = new FakeGraphCalendar();
        calendar._server = await LoopbackServer.StartAsync((request, _) => calendar.Answer(request));
        return calendar;
    }

    /// <summary>The mailbox is busy from <paramref name="start"/> to <paramref name="end"/>, as getSchedule reports.</summary>
    public void Busy(string email, DateTimeOffset start, DateTimeOffset end)
    {
        lock (_gate)
        {
            _busy.Add((email, start, end));
        }
    }

    /// <summary>The next <paramref name="count"/> creates are answered 429 with <c>Retry-After: 1</c>, without making anything.</summary>
    public void Throttle(int count)
    {
        lock (_gate)
        {
            _throttles = count;
        }
    }

    /// <summary>The next create makes the event but answers 503 with <c>Retry-After: 1</c>, as if the answer was lost.</summary>
    public void LoseAnswer()
    {
        lock (_gate)
        {
            _lostAnswers = 1;
        }
    }

    /// <summary>Puts an event in the calendar as if made earlier (by another journey, or a person).</summary>
    public string Add(string transactionId, DateTimeOffset start, DateTimeOffset end, params string[] attendees)
    {
        lock (_gate)
        {
            var id = NewId();
            _events[id] = new JsonObject
            {
                ["id"] = id,
                ["transactionId"] = transactionId,
                ["subject"] = "made earlier",
                ["start"] = Time(start),
                ["end"] = Time(end),
                ["attendees"] = new JsonArray([.. attendees.Select(a => (JsonNode)Attendee(a, null))]),
            };
            return id;
        }
    }

    /// <summary>An attendee answers the invite, as Outlook would record it on the organizer's event.</summary>
    public void Respond(string eventId, string email, string response, DateTimeOffset at)
    {
        lock (_gate)
        {
            var attendee = _events[eventId]["attendees"]!.AsArray().Single(a => (string?)a!["emailAddress"]!["address"] == email)!;
            attendee["status"] = new JsonObject { ["response"] = response, ["time"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) };
        }
    }

    public JsonObject? Find(string eventId)
    {
        lock (_gate)
        {
            return _events.TryGetValue(eventId, out var found) ? (JsonObject)found.DeepClone() : null;
        }
    }

    public static DateTimeOffset StartOf(JsonObject graphEvent) => DateTimeOffset.Parse((string)graphEvent["start"]!["dateTime"]! + "Z", CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> AttendeesOf(JsonObject graphEvent) =>
        [.. graphEvent["attendees"]!.AsArray().Select(a => (string)a!["emailAddress"]!["address"]!)];

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private ScriptedResponse Answer(RecordedRequest request)
    {
        if (request.Header("Authorization") != "Bearer " + GraphWire.Token)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        lock (_gate)
        {
            var path = request.Path;
            if (request.Method == "POST" && path == EventsPath)
            {
                return Create(JsonNode.Parse(request.Body)!.AsObject());
            }

            if (request.Method == "POST" && path == $"/v1.0/users/{Organizer}/calendar/getSchedule")
            {
                return Schedules(JsonNode.Parse(request.Body)!);
            }

            var prefix = EventsPath + "/";
            if (!path.StartsWith(prefix, StringComparison.Ordinal))
            {
                return Error(400, "BadRequest", "Unsupported request.");
            }

            var rest = path[prefix.Length..].Split('/');
            if (!_events.TryGetValue(rest[0], out var found))
            {
                return Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
            }

            switch (request.Method, rest.Length)
            {
                case ("GET", 1):
                    return ScriptedResponse.Json(200, found.ToJsonString());
                case ("PATCH", 1):
                    foreach (var (name, value) in JsonNode.Parse(request.Body)!.AsObject())
                    {
                        if (name is "start" or "end" or "attendees")
                        {
                            found[name] = value?.DeepClone();
                        }
                    }

                    return ScriptedResponse.Json(200, found.ToJsonString());
                case ("POST", 2) when rest[1] == "cancel":
                    _events.Remove(rest[0]);
                    _cancelled.Add((rest[0], (string?)JsonProperty.Get(JsonNode.Parse(request.Body), "comment") ?? string.Empty));
                    return new ScriptedResponse(202);
                default:
                    return Error(400, "BadRequest", "Unsupported request.");
            }
        }
    }

    private ScriptedResponse Create(JsonObject body)
    {
        if (_throttles > 0)
        {
            _throttles--;
            return Error(429, "TooManyRequests", "Please retry.", retryAfter: true);
        }

        var transactionId = (string?)body["transactionId"];
        var existing = _events.Values.FirstOrDefault(e => transactionId is not null && (string?)e["transactionId"] == transactionId);
        if (existing is null)
        {
            var id = NewId();
            existing = (JsonObject)body.DeepClone();
            existing["id"] = id;
            existing["attendees"] = new JsonArray([.. body["attendees"]!.AsArray().Select(a => (JsonNode)Attendee((string)a!["emailAddress"]!["address"]!, (string?)a["emailAddress"]!["name"]))]);
            existing["onlineMeeting"] = new JsonObject { ["joinUrl"] = $"https://teams.microsoft.com/l/meetup-join/{id}" };
            _events[id] = existing;
        }

        if (_lostAnswers > 0)
        {
            _lostAnswers--;
            return Error(503, "ServiceUnavailable", "The answer was lost.", retryAfter: true);
        }

        return ScriptedResponse.Json(201, existing.ToJsonString());
    }

    private ScriptedResponse Schedules(JsonNode body)
    {
        var start = DateTimeOffset.Parse((string)JsonProperty.Get(JsonProperty.Get(body, "startTime"), "dateTime")! + "Z", CultureInfo.InvariantCulture);
        var end = DateTimeOffset.Parse((string)JsonProperty.Get(JsonProperty.Get(body, "endTime"), "dateTime")! + "Z", CultureInfo.InvariantCulture);
        var values = new JsonArray();
        foreach (var email in JsonProperty.Get(body, "schedules")!.AsArray().Select(s => (string)s!))
        {
            var items = _busy.Where(b => string.Equals(b.Email, email, StringComparison.OrdinalIgnoreCase) && b.Start < end && start < b.End)
                .Select(b => (JsonNode)new JsonObject { ["status"] = "busy", ["start"] = Time(b.Start), ["end"] = Time(b.End) });
            values.Add(new JsonObject { ["scheduleId"] = email, ["availabilityView"] = string.Empty, ["scheduleItems"] = new JsonArray([.. items]) });
        }

        return ScriptedResponse.Json(200, new JsonObject { ["value"] = values }.ToJsonString());
    }

    private string NewId() => "event-" + (_events.Count + _cancelled.Count + 1).ToString(CultureInfo.InvariantCulture);

    private static JsonObject Attendee(string email, string? name) => new()
    {
        ["type"] = "required",
        ["status"] = new JsonObject { ["response"] = "none", ["time"] = "0001-01-01T00:00:00Z" },
        ["emailAddress"] = new JsonObject { ["address"] = email, ["name"] = name },
    };

    private static JsonObject Time(DateTimeOffset value) => new()
    {
        ["dateTime"] = value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        ["timeZone"] = "UTC",
    };

    private static ScriptedResponse Error(int status, string code, string message, bool retryAfter = false) => ScriptedResponse.Json(
        status,
        new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }.ToJsonString(),
        retryAfter ? new Dictionary<string, string> { ["Retry-After"] = "1" } : null);
}
