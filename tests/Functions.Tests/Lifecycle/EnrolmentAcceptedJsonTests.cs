using System.Text;
using System.Text.Json;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Durable;
using MentorFlow.Functions.Http;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Tests.Lifecycle;

public sealed class EnrolmentAcceptedJsonTests
{
    private static readonly DateTimeOffset EnrolledAt = new(2026, 3, 9, 8, 15, 30, 123, TimeSpan.Zero);

    private const string Body = """
        { "role": "mentee", "name": "Grace \u00e9 Chen", "email": "grace@example.org", "timeZone": "Europe/London",
          "languages": ["en"], "goals": [{ "text": "Grow my network", "tags": ["networking"] }],
          "availability": [{ "day": "monday", "start": "08:00", "end": "10:00" }] }
        """;

    [Fact]
    public void Read_back_it_is_the_accepted_enrolment_the_draft_serialized_again_would_give()
    {
        var body = Encoding.UTF8.GetBytes(Body);
        var draft = DraftJson.Read<EnrolmentDraft>(body).Value;

        var raw = DurableJson.Serialize(new EnrolmentAcceptedJson("spring", "p-1", body, EnrolledAt))!;
        var serialized = DurableJson.Serialize(new EnrolmentAccepted("spring", "p-1", draft, EnrolledAt))!;

        Assert.Equal(serialized, DurableJson.Serialize(DurableJson.Deserialize<EnrolmentAccepted>(raw)));
        using var document = JsonDocument.Parse(raw);
        using var expected = JsonDocument.Parse(serialized);
        Assert.Equal(
            ["programmeId", "participantId", "draft", "enrolledAt"],
            document.RootElement.EnumerateObject().Select(property => property.Name));
        Assert.Equal(Body, document.RootElement.GetProperty("draft").GetRawText());
        Assert.Equal(
            expected.RootElement.GetProperty("enrolledAt").GetString(),
            document.RootElement.GetProperty("enrolledAt").GetString());
    }

    [Fact]
    public void Other_options_name_the_fields_by_their_own_policy()
    {
        var json = JsonSerializer.Serialize(new EnrolmentAcceptedJson("spring", "p-1", Encoding.UTF8.GetBytes("""{"name":"Grace"}"""), EnrolledAt));

        var read = JsonSerializer.Deserialize<EnrolmentAccepted>(json)!;
        Assert.StartsWith("""{"ProgrammeId":"spring","ParticipantId":"p-1","Draft":{"name":"Grace"},""", json, StringComparison.Ordinal);
        Assert.Equal(EnrolledAt, read.EnrolledAt);
    }

    [Fact]
    public void It_is_only_ever_written()
    {
        Assert.Throws<NotSupportedException>(() => DurableJson.Deserialize<EnrolmentAcceptedJson>("""{"programmeId":"spring"}"""));
    }
}
