using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace MentorFlow.Functions.Management;

/// <summary>
/// A start's 202 as Durable Functions answers it: the start payload (<see cref="ManagementLinks"/>) as JSON, the status
/// URL as Location, and Retry-After. Every accepted enrolment answers with it, so the payload is written by the links'
/// converter into a buffer kept per thread and sent with its length in one write: no serializer state, no request
/// services, no chunked body.
/// </summary>
public sealed class StartedResult : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<ManagementLinks>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    /// <summary>The JSON media type the payload is sent as, as the framework's JSON results send it.</summary>
    public const string JsonContentType = "application/json; charset=utf-8";

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private static readonly ManagementLinks.Converter Converter = new();

    private static readonly string RetryAfter = ManagementResults.StartRetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    public StartedResult(ManagementLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        Value = links;
    }

    public ManagementLinks Value { get; }

    object? IValueHttpResult.Value => Value;

    public int StatusCode => StatusCodes.Status202Accepted;

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => JsonContentType;

    /// <summary>The payload's JSON, as the response body carries it.</summary>
    public static byte[] Serialize(ManagementLinks links)
    {
        ArgumentNullException.ThrowIfNull(links);
        return [.. Write(links)];
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCode;
        response.ContentType = JsonContentType;
        response.Headers.Location = Value.StatusQueryGetUri;
        response.Headers.RetryAfter = RetryAfter;
        var json = Write(Value);
        response.ContentLength = json.Length;

        // Copied into the response's pipe before this returns, so the thread's buffer is free for the next payload.
        var body = response.BodyWriter;
        json.CopyTo(body.GetSpan(json.Length));
        body.Advance(json.Length);
        var flush = body.FlushAsync(httpContext.RequestAborted);
        return flush.IsCompletedSuccessfully ? Task.CompletedTask : flush.AsTask();
    }

    static void IEndpointMetadataProvider.PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status202Accepted, typeof(ManagementLinks), [JsonContentType]));
    }

    // The payload in this thread's buffer, valid until the thread writes the next one.
    private static ReadOnlySpan<byte> Write(ManagementLinks links)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(2048);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        Converter.Write(writer, links, JsonSerializerOptions.Web);
        writer.Flush();
        return buffer.WrittenSpan;
    }
}
