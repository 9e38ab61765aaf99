using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlow.Functions.Lifecycle;

/// <summary>
/// An <see cref="EnrolmentAccepted"/> as an instance's input, written with the draft as the JSON body carried it (one
/// JSON object in UTF-8): the same four fields, the body in the place of the draft. The body was read into the draft
/// with the same conventions as every stored payload (web defaults, no unknown fields, one JSON value), so reading the
/// input back gives the same draft, and the stored input shows the enrolment as it was sent. Serializing the draft
/// again instead was a sizeable part of accepting an enrolment.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class EnrolmentAcceptedJson
{
    private readonly string _programmeId;
    private readonly string _participantId;
    private readonly ReadOnlyMemory<byte> _draft;
    private readonly DateTimeOffset _enrolledAt;

    public EnrolmentAcceptedJson(string programmeId, string participantId, ReadOnlyMemory<byte> draftJson, DateTimeOffset enrolledAt)
    {
        ArgumentNullException.ThrowIfNull(programmeId);
        ArgumentNullException.ThrowIfNull(participantId);
        _programmeId = programmeId;
        _participantId = participantId;
        _draft = draftJson;
        _enrolledAt = enrolledAt;
    }

    private sealed class Converter : JsonConverter<EnrolmentAcceptedJson>
    {
        // The names as the stored payloads' options (camelCase) write EnrolmentAccepted's; other options name them anew.
        private static readonly JsonEncodedText[] CamelCaseNames = [.. Names(JsonNamingPolicy.CamelCase).Select(name => JsonEncodedText.Encode(name))];

        public override EnrolmentAcceptedJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException($"Read an instance's input as {nameof(EnrolmentAccepted)}.");

        public override void Write(Utf8JsonWriter writer, EnrolmentAcceptedJson value, JsonSerializerOptions options)
        {
            var names = options.PropertyNamingPolicy == JsonNamingPolicy.CamelCase
                ? CamelCaseNames
                : [.. Names(options.PropertyNamingPolicy).Select(name => JsonEncodedText.Encode(name))];
            writer.WriteStartObject();
            writer.WriteString(names[0], value._programmeId);
            writer.WriteString(names[1], value._participantId);
            writer.WritePropertyName(names[2]);

            // Read whole by the serializer already, so it is one well-formed value: not parsed a second time.
            writer.WriteRawValue(value._draft.Span, skipInputValidation: true);

            // As the serializer writes a DateTimeOffset.
            writer.WriteString(names[3], value._enrolledAt);
            writer.WriteEndObject();
        }

        private static IEnumerable<string> Names(JsonNamingPolicy? policy) =>
            new[] { nameof(EnrolmentAccepted.ProgrammeId), nameof(EnrolmentAccepted.ParticipantId), nameof(EnrolmentAccepted.Draft), nameof(EnrolmentAccepted.EnrolledAt) }
                .Select(name => policy?.ConvertName(name) ?? name);
    }
}
