using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using MentorFlow.Functions.Management;
using Microsoft.AspNetCore.Http;

namespace MentorFlow.Functions.Tests.Management;

/// <summary>The start payload written from the links' parts is the JSON the web defaults give for the same URLs.</summary>
public sealed class ManagementLinksTests
{
    [Theory]
    [InlineData("journey:bench:p-20b9d0872e4afcc818ae7d77", null)]
    [InlineData("run:a b/c?d&e", "key+with/odd=chars&more")]
    [InlineData("journey:<b>\"quoted\"</b>:Ünïcödé:😀", "ключ'\\")]
    [InlineData("x", "")]
    public void The_payload_is_the_json_of_every_url_in_order(string instanceId, string? adminKey)
    {
        var links = ManagementLinks.For(Request(), instanceId, "MentorFlow", adminKey);

        var expected = Expected(instanceId, adminKey);
        Assert.Equal(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web), Encoding.UTF8.GetString(StartedResult.Serialize(links)));
        Assert.Equal(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web), JsonSerializer.Serialize(links, JsonSerializerOptions.Web));
        Assert.Equal(expected.statusQueryGetUri, links.StatusQueryGetUri);
        Assert.Equal(expected.terminatePostUri, links.TerminatePostUri);
        Assert.Equal(expected.purgeHistoryDeleteUri, links.PurgeHistoryDeleteUri);
    }

    [Fact]
    public void Long_urls_and_another_encoder_give_the_json_the_serializer_gives()
    {
        var relaxed = new JsonSerializerOptions(JsonSerializerOptions.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var options in new[] { JsonSerializerOptions.Web, relaxed })
        {
            // 600 '<' are 1,800 characters of the URL once percent-escaped; the second id, in the payload's id only.
            foreach (var instanceId in new[] { new string('<', 600), "journey:ü&<>'\"" })
            {
                var links = ManagementLinks.For(Request(), instanceId, "MentorFlow", adminKey: "a&b");

                Assert.Equal(JsonSerializer.Serialize(Expected(instanceId, "a&b"), options), JsonSerializer.Serialize(links, options));
            }
        }

        Assert.NotEqual(
            JsonSerializer.Serialize(ManagementLinks.For(Request(), "a&b", "MentorFlow", null), relaxed),
            JsonSerializer.Serialize(ManagementLinks.For(Request(), "a&b", "MentorFlow", null), JsonSerializerOptions.Web));
    }

    private static HttpRequest Request()
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1:5181");
        request.PathBase = "/api";
        return request;
    }

    private static Urls Expected(string instanceId, string? adminKey)
    {
        var id = Uri.EscapeDataString(instanceId);
        var instanceUrl = $"http://127.0.0.1:5181/api/runtime/webhooks/durabletask/instances/{id}";
        var query = "taskHub=MentorFlow" + (adminKey is null ? "" : $"&code={Uri.EscapeDataString(adminKey)}");
        return new Urls(
            instanceId,
            $"{instanceUrl}?{query}",
            $"{instanceUrl}/raiseEvent/{{eventName}}?{query}",
            $"{instanceUrl}/terminate?reason={{text}}&{query}",
            $"{instanceUrl}/restart?{query}",
            $"{instanceUrl}/rewind?reason={{text}}&{query}",
            $"{instanceUrl}/suspend?reason={{text}}&{query}",
            $"{instanceUrl}/resume?reason={{text}}&{query}",
            $"{instanceUrl}?{query}");
    }

    // The payload's shape, property by property, in Durable Functions' order, for the serializer to write.
#pragma warning disable IDE1006, SA1300 // the JSON's names
    private sealed record Urls(
        string id,
        string statusQueryGetUri,
        string sendEventPostUri,
        string terminatePostUri,
        string restartPostUri,
        string rewindPostUri,
        string suspendPostUri,
        string resumePostUri,
        string purgeHistoryDeleteUri);
#pragma warning restore IDE1006, SA1300
}
