using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Tests.Support;
using MentorFlow.Functions.Enrolments;
using MentorFlow.Functions.Http;

namespace MentorFlow.Functions.Tests.Mentoring;

/// <summary>
/// The enrolment body's own reader gives the draft the serializer gives, or gives up and leaves the body to it: never
/// a different draft.
/// </summary>
public sealed class EnrolmentDraftReaderTests
{
    // The body the enrolment bench posts, every field of both roles, and escapes and non-ASCII text.
    private const string BenchBody = """
        {"role":"mentee","name":"Bench Mentee 1","email":"bench-run-0-1@example.org",
        "timeZone":"Europe/London","languages":["en","de"],"organisation":"Northwind","seniority":{"level":3,"yearsOfExperience":5},
        "industry":"banking","channels":["video"],
        "availability":[{"day":"monday","start":"08:00","end":"10:00"},{"day":"wednesday","start":"12:00","end":"14:00"}],
        "goals":[{"text":"Prepare for a promotion to associate director","tags":["leadership"]},{"text":"Grow my network","tags":["networking"]}],
        "skillsWanted":["negotiation"],"wishes":{"industryExperience":true,"communicationStyle":"direct","background":"noPreference"}}
        """;

    private const string EveryField = """
        { "role": "mentor", "name": "Jo\u00e3o \"JG\" Gon\u00e7alves", "email": "joao@exemplo.pt", "timeZone": "Europe/Lisbon",
          "languages": ["pt", null, "en"], "organisation": "Exemplo", "department": "Risco", "managerEmail": "chefe@exemplo.pt",
          "seniority": { "yearsOfExperience": 12, "level": -1 }, "industry": "banking", "channels": [], "background": ["career changer"],
          "availability": [null, { "day": "friday", "end": "24:00" }], "goals": [{ "tags": null }, null], "skillsWanted": null,
          "wishes": { "industryExperience": false, "background": null }, "expertise": ["risk", "\ud83d\ude00"],
          "skillsOffered": [{ "skill": "negotiation", "level": "expert" }, { "level": null }], "capacity": 2147483647,
          "communicationStyle": "coaching", "motivation": "Line one\nline two\ttabbed \/ slashed" }
        """;

    public static TheoryData<string> PlainBodies()
    {
        var bodies = new TheoryData<string> { BenchBody, EveryField, "{}", "  {\"role\":null}  ", "{\"capacity\":0,\"wishes\":{}}" };
        foreach (var body in SampleBodies())
        {
            bodies.Add(body);
        }

        return bodies;
    }

    [Theory]
    [MemberData(nameof(PlainBodies))]
    public void A_plain_body_is_read_as_the_serializer_reads_it(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);

        var draft = EnrolmentDraftReader.TryRead(bytes);

        Assert.NotNull(draft);
        Assert.Equal(Serialized(DraftJson.Read<EnrolmentDraft>(bytes).Value), Serialized(draft));
    }

    [Theory]
    [InlineData("""{"Email":"a@example.org"}""")]
    [InlineData("""{"capacity":"3"}""")]
    [InlineData("""{"seniority":{"level":"3"}}""")]
    [InlineData("""{"name":"A","name":"B"}""")]
    [InlineData("""{"goals":[{"text":"a","text":"b"}]}""")]
    [InlineData("""{"nickname":"A"}""")]
    [InlineData("""{"wishes":{"colour":"blue"}}""")]
    [InlineData("""{"name":3}""")]
    [InlineData("""{"languages":"en"}""")]
    [InlineData("""{"languages":[["en"]]}""")]
    [InlineData("""{"availability":["monday"]}""")]
    [InlineData("""{"seniority":[]}""")]
    [InlineData("""{"capacity":2.5}""")]
    [InlineData("""{"capacity":2147483648}""")]
    [InlineData("""{"wishes":{"industryExperience":"yes"}}""")]
    [InlineData("""{"name":"A",}""")]
    [InlineData("""{"name":"A"} // note""")]
    [InlineData("""{"name":"A"} {}""")]
    [InlineData("""{"name":"A" """)]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("")]
    public void Anything_else_is_left_to_the_serializer(string body)
    {
        Assert.Null(EnrolmentDraftReader.TryRead(Encoding.UTF8.GetBytes(body)));
    }

    [Fact]
    public void A_string_that_is_not_utf8_is_left_to_the_serializer()
    {
        byte[] body = [.. "{\"name\":\""u8, 0xC3, 0x28, .. "\"}"u8];

        Assert.Null(EnrolmentDraftReader.TryRead(body));
        Assert.False(DraftJson.Read<EnrolmentDraft>(body).IsSuccess);
    }

    /// <summary>
    /// Sample bodies changed a few thousand ways (a field dropped, nulled, renamed, repeated or given a value of another
    /// type; a field added): whenever the reader gives a draft, the serializer gives the same one.
    /// </summary>
    [Fact]
    public void Changed_bodies_are_read_as_the_serializer_reads_them_or_left_to_it()
    {
        var random = new Random(20261205);
        var bodies = SampleBodies().Append(BenchBody).Append(EveryField).ToArray();
        int read = 0, left = 0;
        for (var i = 0; i < 3000; i++)
        {
            var body = Encoding.UTF8.GetBytes(Change(bodies[random.Next(bodies.Length)], random));

            if (EnrolmentDraftReader.TryRead(body) is { } draft)
            {
                var expected = DraftJson.Read<EnrolmentDraft>(body);
                Assert.True(expected.IsSuccess, Encoding.UTF8.GetString(body));
                Assert.Equal(Serialized(expected.Value), Serialized(draft));
                read++;
            }
            else
            {
                left++;
            }
        }

        // Both ways are taken often, or the comparison above proves little.
        Assert.True(read > 500 && left > 500, $"{read} read, {left} left to the serializer");
    }

    private static string Change(string body, Random random)
    {
        var root = JsonNode.Parse(body)!.AsObject();
        for (var changes = random.Next(1, 4); changes > 0; changes--)
        {
            var objects = Objects(root).ToList();
            var target = objects[random.Next(objects.Count)];
            var names = target.Select(property => property.Key).ToList();
            if (names.Count == 0)
            {
                target["role"] = "mentee";
                continue;
            }

            var name = names[random.Next(names.Count)];
            switch (random.Next(7))
            {
                case 0:
                    target.Remove(name);
                    break;
                case 1:
                    target[name] = null;
                    break;
                case 2:
                    var value = target[name];
                    target.Remove(name);
                    target[char.ToUpperInvariant(name[0]) + name[1..]] = value;
                    break;
                case 3:
                    target[name] = random.Next(3) switch { 0 => JsonValue.Create(7), 1 => JsonValue.Create("7"), _ => JsonValue.Create(true) };
                    break;
                case 4:
                    target[name] = random.Next(2) == 0 ? new JsonArray() : new JsonObject();
                    break;
                case 5:
                    target["favouriteColour"] = "blue";
                    break;
                default:
                    // A repeated field, which JsonNode cannot hold: written into the text below.
                    var text = root.ToJsonString();
                    return random.Next(2) == 0 ? "{\"name\":\"Twice\"," + text[1..] : text;
            }
        }

        return root.ToJsonString();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node switch
    {
        JsonObject value => value.Select(property => property.Value).SelectMany(Objects).Prepend(value),
        JsonArray items => items.SelectMany(Objects),
        _ => [],
    };

    private static string Serialized(EnrolmentDraft draft) => JsonSerializer.Serialize(draft, DraftJson.Options);

    private static IEnumerable<string> SampleBodies()
    {
        foreach (var file in new[] { "mentors.json", "mentees.json" })
        {
            using var samples = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Path($"samples/{file}")));
            foreach (var enrolment in samples.RootElement.EnumerateArray())
            {
                yield return enrolment.GetRawText();
            }
        }
    }
}
