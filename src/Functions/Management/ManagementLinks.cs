using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlow.Functions.Management;

/// <summary>
/// The management URLs of one instance, as Durable Functions returns them when an orchestration starts: absolute,
/// with <c>{eventName}</c> and <c>{text}</c> placeholders for the caller to fill, and the task hub and key appended to
/// each the way Durable Functions appends its system key. Without a key (links handed to the public, such as an
/// enrolment's), the URLs are the same and a reader adds the key.
/// </summary>
/// <remarks>
/// Every URL is the instance's URL, a path and query of its own, and the task hub (and key) query. They are kept as
/// those parts and written out as JSON from them (<see cref="Converter"/>), so the start payload every accepted
/// enrolment answers with does not build nine long strings first; a property builds its URL when it is read.
/// </remarks>
[JsonConverter(typeof(Converter))]
public sealed class ManagementLinks
{
    // In the order Durable Functions lists them: each URL's name and what comes between the instance URL and the query.
    private static readonly (string Name, string Middle)[] Links =
    [
        ("statusQueryGetUri", "?"),
        ("sendEventPostUri", "/raiseEvent/{eventName}?"),
        ("terminatePostUri", "/terminate?reason={text}&"),
        ("restartPostUri", "/restart?"),
        ("rewindPostUri", "/rewind?reason={text}&"),
        ("suspendPostUri", "/suspend?reason={text}&"),
        ("resumePostUri", "/resume?reason={text}&"),
        ("purgeHistoryDeleteUri", "?"),
    ];

    private readonly string _instanceUrl;
    private readonly string _query;

    private ManagementLinks(string id, string instanceUrl, string query)
    {
        Id = id;
        _instanceUrl = instanceUrl;
        _query = query;
    }

    public string Id { get; }

    public string StatusQueryGetUri => Link(0);

    public string SendEventPostUri => Link(1);

    public string TerminatePostUri => Link(2);

    public string RestartPostUri => Link(3);

    public string RewindPostUri => Link(4);

    public string SuspendPostUri => Link(5);

    public string ResumePostUri => Link(6);

    public string PurgeHistoryDeleteUri => Link(7);

    public static ManagementLinks For(HttpRequest request, string instanceId, string hubName, string? adminKey)
    {
        ArgumentNullException.ThrowIfNull(request);
        var instanceUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{ManagementApi.BasePath}/instances/{Uri.EscapeDataString(instanceId)}";
        var query = $"taskHub={Uri.EscapeDataString(hubName)}" + (adminKey is null ? "" : $"&code={Uri.EscapeDataString(adminKey)}");
        return new ManagementLinks(instanceId, instanceUrl, query);
    }

    private string Link(int index) => string.Concat(_instanceUrl, Links[index].Middle, _query);

    /// <summary>Writes the links as Durable Functions' start payload, each URL from its parts; reading one is not needed.</summary>
    public sealed class Converter : JsonConverter<ManagementLinks>
    {
        public override ManagementLinks Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            => throw new NotSupportedException("The management links are written, never read.");

        public override void Write(Utf8JsonWriter writer, ManagementLinks value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteStartObject();
            writer.WriteString("id", value.Id);
            foreach (var (name, middle) in Links)
            {
                writer.WritePropertyName(name);
                writer.WriteStringValueSegment(value._instanceUrl, isFinalSegment: false);
                writer.WriteStringValueSegment(middle, isFinalSegment: false);
                writer.WriteStringValueSegment(value._query, isFinalSegment: true);
            }

            writer.WriteEndObject();
        }
    }
}
