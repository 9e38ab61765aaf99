using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Participants;

/// <summary>A mentor's link to pause: no new proposals, and the ones open to them are withdrawn.</summary>
public sealed class PausePage : ILinkPage
{
    public Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var page = new HtmlPage("Pause new mentees", errors)
            .Paragraph("While paused, you get no new mentee proposals, and any proposal waiting for your answer is withdrawn so the mentee can be matched with someone else. Your current mentorships carry on.")
            .BeginForm(link.FormAction)
            .EndForm("Pause new proposals");
        return Task.FromResult(page);
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
        => Task.FromResult(Result<LinkAct>.Success(new PauseMentor("You are paused", "You will get no new proposals. Your current mentorships carry on.")));
}
