using System.Text;
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
    public void The_payload_is_the_json_of_every_url_in_order(string instanceId, string? adminKey)
    {
        var request = new DefaultHttpContext().Request;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1:5181");
        request.PathBase = "/api";

        var links = ManagementLinks.For(request, instanceId, "MentorFlow", adminKey);

        var id = Uri.EscapeDataString(instanceId);
        var instanceUrl = $"http://127.0.0.1:5181/api/runtime/webhooks/durabletask/instances/{id}";
        var query = "taskHub=MentorFlow" + (adminKey is null ? "" : $"&code={Uri.EscapeDataString(adminKey)}");
        var expected = new
        {
            id = instanceId,
            statusQueryGetUri = $"{instanceUrl}?{query}",
            sendEventPostUri = $"{instanceUrl}/raiseEvent/{{eventName}}?{query}",
            terminatePostUri = $"{instanceUrl}/terminate?reason={{text}}&{query}",
            restartPostUri = $"{instanceUrl}/restart?{query}",
            rewindPostUri = $"{instanceUrl}/rewind?reason={{text}}&{query}",
            suspendPostUri = $"{instanceUrl}/suspend?reason={{text}}&{query}",
            resumePostUri = $"{instanceUrl}/resume?reason={{text}}&{query}",
            purgeHistoryDeleteUri = $"{instanceUrl}?{query}",
        };
        Assert.Equal(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web), Encoding.UTF8.GetString(StartedResult.Serialize(links)));
        Assert.Equal(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web), JsonSerializer.Serialize(links, JsonSerializerOptions.Web));
        Assert.Equal(expected.statusQueryGetUri, links.StatusQueryGetUri);
        Assert.Equal(expected.terminatePostUri, links.TerminatePostUri);
        Assert.Equal(expected.purgeHistoryDeleteUri, links.PurgeHistoryDeleteUri);
    }
}
