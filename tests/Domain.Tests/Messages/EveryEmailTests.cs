using System.Net;
using System.Text.RegularExpressions;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Domain.Tests.Messages;

/// <summary>What holds for every email: greeting, exact links, encoding, and nothing personal where logs look.</summary>
public partial class EveryEmailTests
{
    public static TheoryData<string> Templates()
    {
        var data = new TheoryData<string>();
        foreach (var (message, _) in MessageCatalogue.All())
        {
            data.Add(Key(message));
        }

        return data;
    }

    [Fact]
    public void The_catalogue_holds_every_kind_of_email()
    {
        var kinds = typeof(EmailMessage).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(EmailMessage)) && !t.IsAbstract);

        Assert.Equal(
            kinds.Select(t => t.Name).Order(),
            MessageCatalogue.All().Select(m => m.Message.GetType().Name).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void It_greets_the_recipient_by_name_in_both_parts(string key)
    {
        var content = Render(key).Content;

        Assert.StartsWith($"Hi {MessageCatalogue.Recipient},\n", content.Text, StringComparison.Ordinal);
        Assert.Contains($"<p>Hi {WebUtility.HtmlEncode(MessageCatalogue.Recipient)},</p>", content.Html, StringComparison.Ordinal);
        Assert.Contains($"The {MessageCatalogue.Programme} team", content.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void It_carries_exactly_its_links_in_both_parts(string key)
    {
        var (content, links) = Render(key);

        Assert.Equal(links.Select(l => WebUtility.HtmlEncode(l.AbsoluteUri)), Hrefs().Matches(content.Html).Select(m => m.Groups[1].Value));
        Assert.Equal(links.Select(l => l.AbsoluteUri), TextLinks().Matches(content.Text).Select(m => m.Value));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Free_text_is_encoded_in_the_html_part(string key)
    {
        var html = Render(key).Content.Html;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<i>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<Pilot>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<video>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<abroad>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Free_text_stays_as_typed_in_the_plain_text_part(string key)
    {
        var text = Render(key).Content.Text;

        Assert.Contains(MessageCatalogue.Recipient, text, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&amp;", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Nothing_meant_for_logs_carries_a_name(string key)
    {
        var (message, _) = Find(key);
        var content = message.Render();

        foreach (var name in new[] { "Ada", "Grace", "Linus" })
        {
            Assert.DoesNotContain(name, content.Subject, StringComparison.Ordinal);
            Assert.DoesNotContain(name, message.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(name, content.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(message.Template, message.ToString());
        Assert.Matches("^[a-z-]+$", message.Template);
    }

    [Fact]
    public void A_line_break_in_a_programme_name_cannot_add_a_header_to_the_subject()
    {
        var content = new WaitlistNoticeEmail("Ada", "Pilot\r\nBcc: someone@example.com", null).Render();

        Assert.Equal("You are on the waiting list for Pilot Bcc: someone@example.com", content.Subject);
    }

    [Fact]
    public void A_relative_link_is_a_programming_error()
    {
        var message = new BecomeAMentorEmail("Ada", "Pilot", new Uri("/enrol", UriKind.Relative));

        Assert.Throws<ArgumentException>(() => message.Render());
    }

    private static string Key(EmailMessage message) => message.Template + "/" + message.GetType().Name;

    private static (EmailMessage Message, Uri[] Links) Find(string key) => MessageCatalogue.All().Single(m => Key(m.Message) == key);

    private static (EmailContent Content, Uri[] Links) Render(string key)
    {
        var (message, links) = Find(key);
        return (message.Render(), links);
    }

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex Hrefs();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex TextLinks();
}
