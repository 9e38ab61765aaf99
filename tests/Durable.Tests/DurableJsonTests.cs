using System.Text;

namespace MentorFlow.Durable.Tests;

/// <summary>Payloads serialized into a thread's buffer are the JSON of the one convention, each call's own.</summary>
public sealed class DurableJsonTests
{
    private sealed record Goal(string Text, IReadOnlyList<string> Tags);

    private sealed record Accepted(string ProgrammeId, string Name, IReadOnlyList<Goal> Goals, DateTimeOffset EnrolledAt, int? Level);

    [Fact]
    public void The_thread_buffer_holds_the_same_json_as_serialize_and_only_the_latest_payload()
    {
        var large = new Accepted(
            "demo", "João Gonçalves <script>", [new Goal("Lead a team of 日本語 speakers", ["leadership", "a&b"]), new Goal("Grow", [])],
            new DateTimeOffset(2026, 12, 4, 9, 30, 0, TimeSpan.FromHours(1)), null);
        var small = new Goal("x", ["y"]);

        string first = Encoding.UTF8.GetString(DurableJson.SerializeToThreadBuffer(large));
        string second = Encoding.UTF8.GetString(DurableJson.SerializeToThreadBuffer(small));

        Assert.Equal(DurableJson.Serialize(large), first);
        Assert.Equal(DurableJson.Serialize(small), second);
        Assert.Equal("""{"text":"x","tags":["y"]}""", second);
    }
}
