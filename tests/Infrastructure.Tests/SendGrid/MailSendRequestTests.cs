using System.Text.Json;
using System.Text.Json.Nodes;
using MentorFlow.Infrastructure.SendGrid;
using MentorFlow.Infrastructure.SendGrid.MailSend;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class MailSendRequestTests
{
    private static readonly SendGridOptions Options = new() { ApiKey = "SG.key", From = "programmes@mentorflow.example", FromName = "MentorFlow" };

    private static JsonNode Serialize(OutgoingEmail email, SendGridOptions options) =>
        JsonNode.Parse(JsonSerializer.Serialize(MailSendRequest.Create(email, options), SendGridJson.Options))!;

    [Fact]
    public void Names_every_member_in_snake_case_and_leaves_out_what_is_unset()
    {
        var json = Serialize(new OutgoingEmailBuilder().WithoutCc().Build(), Options).AsObject();

        Assert.Equal(["personalizations", "from", "subject", "content", "categories", "custom_args"], json.Select(p => p.Key));
        Assert.Equal(["to"], json["personalizations"]![0]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Keeps_the_custom_arg_key_as_written_rather_than_applying_the_naming_policy()
    {
        var json = Serialize(new OutgoingEmailBuilder().WithCorrelationId("journey-7/cycle-3").Build(), Options);

        Assert.Equal("journey-7/cycle-3", (string?)json["custom_args"]![SendGridCustomArgs.CorrelationId]);
    }

    [Fact]
    public void Puts_a_cancellation_after_the_text_part_when_there_is_no_html()
    {
        var email = new OutgoingEmailBuilder().WithoutHtml().WithCalendar(new CalendarPart(CalendarMethod.Cancel, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).Build();

        var types = Serialize(email, Options)["content"]!.AsArray().Select(c => (string?)c!["type"]);

        Assert.Equal(["text/plain", "text/calendar; method=CANCEL"], types);
    }

    [Fact]
    public void Adds_reply_to_and_sandbox_mode_from_the_settings()
    {
        var options = new SendGridOptions { ApiKey = "SG.key", From = "programmes@mentorflow.example", ReplyTo = "admin@mentorflow.example", SandboxMode = true };

        var json = Serialize(new OutgoingEmailBuilder().Build(), options);

        Assert.Equal("admin@mentorflow.example", (string?)json["reply_to"]!["email"]);
        Assert.True((bool)json["mail_settings"]!["sandbox_mode"]!["enable"]!);
    }
}
