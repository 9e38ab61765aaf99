namespace MentorFlow.Functions.Http;

/// <summary>
/// Reads a request body up to a limit. A declared length over the limit is refused before anything is read, and a
/// body without one (chunked) is refused as soon as it passes the limit, so an oversized body is never buffered.
/// </summary>
public static class BoundedBody
{
    /// <summary>The limit of the API's form and JSON bodies: far above any real enrolment or programme.</summary>
    public const int DefaultLimit = 64 * 1024;

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes.</summary>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (request.ContentLength > limit)
        {
            return null;
        }

        // One byte more than the limit tells "exactly at the limit" from "over it".
        var buffer = new byte[(int)Math.Min(request.ContentLength ?? 4096, limit) + 1];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, limit + 1));
            }

            var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
            if (length > limit)
            {
                return null;
            }
        }
    }
}
