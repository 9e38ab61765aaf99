using MentorFlow.Domain.Common;
using MentorFlow.Functions.Participants;

namespace MentorFlow.Functions.Tests.Participants;

public sealed class HtmlPageTests
{
    [Fact]
    public void An_error_shows_next_to_its_field_and_in_the_summary_linking_to_it()
    {
        var html = new HtmlPage("Agreement", [new FieldError("goals[0].target", "measurable — give the target.")])
            .BeginForm("/x").BeginGroup("Goal 1").Input("goals[0].target", "Target", "3 talks").EndGroup().EndForm("Send")
            .Render();

        Assert.Contains("<a href=\"#goals-0-target\">Goal 1, Target: measurable — give the target.</a>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"goals-0-target-error\" aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"error\" id=\"goals-0-target-error\">measurable — give the target.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_on_an_item_of_a_list_shows_at_the_lists_field()
    {
        var html = new HtmlPage("Agreement", [new FieldError("menteeResponsibilities[1]", "must be at least 3 characters.")])
            .TextArea("menteeResponsibilities", "Responsibilities", "Prepare\nok")
            .Render();

        Assert.Contains("<a href=\"#menteeResponsibilities\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"menteeResponsibilities-error\">Item 2: must be at least 3 characters.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void An_error_on_no_field_of_the_page_is_still_listed()
    {
        var html = new HtmlPage("Agreement", [new FieldError("goals", "At most 5 goals.")]).Render();

        Assert.Contains("<li>At most 5 goals.</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markup_in_values_is_encoded_and_other_letters_stay_readable()
    {
        var html = new HtmlPage("<b>Zoë</b>").Paragraph("\"'&<>").Input("name", "Name", "\"><script>x</script>").Render();

        Assert.Contains("<h1>&lt;b&gt;Zoë&lt;/b&gt;</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", html, StringComparison.Ordinal);
    }
}
