using System.Text;
using System.Text.Json;
using MentorFlow.Functions.Management;
using Microsoft.AspNetCore.Http;

namespace MentorFlow.Functions.Tests.Management;

/// <summary>A start's 202 as written to the response: status, headers, length and the payload, the same each time on one thread.</summary>
public sealed class StartedResultTests
{
    [Fact]
    public async Task The_response_is_202_with_location_retry_after_length_and_the_payload()
    {
        var first = await ExecuteAsync("journey:bench:p-1", adminKey: null);
        var second = await ExecuteAsync("run:a b/c?d&e", adminKey: "key+with/odd=chars&more");

        foreach (var (context, links, body) in new[] { first, second })
        {
            Assert.Equal(StatusCodes.Status202Accepted, context.Response.StatusCode);
            Assert.Equal("application/json; charset=utf-8", context.Response.ContentType);
            Assert.Equal(links.StatusQueryGetUri, context.Response.Headers.Location.ToString());
            Assert.Equal("10", context.Response.Headers.RetryAfter.ToString());
            Assert.Equal(Encoding.UTF8.GetByteCount(body), context.Response.ContentLength);
            Assert.Equal(JsonSerializer.Serialize(links, JsonSerializerOptions.Web), body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal(links.Id, json.RootElement.GetProperty("id").GetString());
            Assert.Equal(links.PurgeHistoryDeleteUri, json.RootElement.GetProperty("purgeHistoryDeleteUri").GetString());
        }

        // The second payload, written through the same thread's buffer, holds nothing of the first.
        Assert.DoesNotContain("journey:bench", second.Body, StringComparison.Ordinal);
    }

    private static async Task<(DefaultHttpContext Context, ManagementLinks Links, string Body)> ExecuteAsync(string instanceId, string? adminKey)
    {
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1:5181");
        var body = new MemoryStream();
        context.Response.Body = body;
        var links = ManagementLinks.For(context.Request, instanceId, "MentorFlow", adminKey);

        await ManagementResults.Started(links).ExecuteAsync(context);

        return (context, links, Encoding.UTF8.GetString(body.ToArray()));
    }
}
