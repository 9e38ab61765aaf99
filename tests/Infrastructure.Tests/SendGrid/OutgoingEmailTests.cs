using MentorFlow.Infrastructure.SendGrid;

namespace MentorFlow.Infrastructure.Tests.SendGrid;

public sealed class OutgoingEmailTests
{
    [Fact]
    public void A_complete_email_has_no_errors()
    {
        Assert.Empty(new OutgoingEmailBuilder().Build().Validate());
    }

    [Fact]
    public void Names_the_recipient_whose_address_is_wrong()
    {
        var email = new OutgoingEmailBuilder().WithTo(new EmailRecipient("ok@example.org"), new EmailRecipient("not-an-address")).Build();

        var error = Assert.Single(email.Validate());

        Assert.Equal("to[1].email", error.Field);
    }

    [Fact]
    public void Refuses_the_same_address_in_to_and_cc()
    {
        var email = new OutgoingEmailBuilder().WithTo(new EmailRecipient("mentor@example.org")).Build();

        Assert.Contains(email.Validate(), e => e.Field == "cc");
    }

    [Fact]
    public void Refuses_an_email_without_recipients_or_subject()
    {
        var fields = new OutgoingEmailBuilder().WithTo().WithSubject(" ").Build().Validate().Select(e => e.Field);

        Assert.Equal(["to", "subject"], fields);
    }

    [Fact]
    public void Refuses_more_than_ten_categories()
    {
        var email = new OutgoingEmailBuilder().WithCategories([.. Enumerable.Range(0, 11).Select(i => $"c{i}")]).Build();

        Assert.Contains(email.Validate(), e => e.Field == "categories");
    }
}
