using System.Buffers;
using System.Text.Json;

namespace MentorFlow.Durable;

/// <summary>
/// The one JSON convention for every payload the runtime stores (inputs, outputs, event data, custom status):
/// the web defaults (camelCase), so the HTTP management API shows payloads as callers sent them.
/// </summary>
public static class DurableJson
{
    // A buffer grown past this by an unusually large payload is let go rather than kept by its thread.
    private const int MaxKeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>The serializer options used for all payloads.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    // What the serializer itself writes with for these options (no validation: it writes only well-formed JSON).
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
        MaxDepth = Options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>Serializes a payload; null stays null.</summary>
    public static string? Serialize(object? value) => value is null ? null : JsonSerializer.Serialize(value, value.GetType(), Options);

    /// <summary>
    /// Serializes a payload into a buffer this thread keeps, the same JSON as <see cref="Serialize"/> in UTF-8: the
    /// span is valid until the thread serializes the next one, so it must be copied (or written) before any await.
    /// </summary>
    internal static ReadOnlySpan<byte> SerializeToThreadBuffer(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var buffer = t_buffer;
        if (buffer is null || buffer.Capacity > MaxKeptBufferBytes)
        {
            t_buffer = buffer = new ArrayBufferWriter<byte>(4096);
        }
        else
        {
            buffer.ResetWrittenCount();
        }

        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, value.GetType(), Options);
        writer.Flush();
        return buffer.WrittenSpan;
    }

    /// <summary>Deserializes a payload; null or empty gives the default.</summary>
    public static T? Deserialize<T>(string? json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
