using MentorFlow.Domain.Common;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// The page behind one kind of participant link: the form a GET shows, and what a POST of it means. Reading the
/// form only validates; the endpoint acts on the result after the link is redeemed, so an invalid form leaves the
/// link unused.
/// </summary>
public interface ILinkPage
{
    /// <summary>The form; with the posted values and their errors when a POST was refused.</summary>
    Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken);

    /// <summary>Parses and validates the posted form into the act it asks for, or the errors naming each bad field.</summary>
    Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken);
}
