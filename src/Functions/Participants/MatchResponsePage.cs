using MentorFlow.Domain.Common;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Participants;

/// <summary>The mentor's accept or decline link for a proposed mentee: one button, and the answer goes to the journey.</summary>
public sealed class MatchResponsePage(bool accepts, IParticipantStore participants) : ILinkPage
{
    public async Task<HtmlPage> ShowAsync(LinkContext link, IFormCollection? posted, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var mentee = await ParticipantNames.FindAsync(participants, link.Journey.Programme, link.Journey.Participant, cancellationToken) ?? "the mentee";
        var page = new HtmlPage(accepts ? "Accept this mentorship" : "Decline this mentorship", errors);
        page.Paragraph(accepts
            ? $"You were asked to mentor {mentee}. Accepting reserves your place; {mentee} then writes the mentoring agreement with you."
            : $"You were asked to mentor {mentee}. If you decline, we propose another mentor to {mentee}; nothing else changes for you.");
        return page.BeginForm(link.FormAction).EndForm(accepts ? "Accept and mentor " + mentee : "Decline");
    }

    public Task<Result<LinkAct>> ReadAsync(LinkContext link, IFormCollection form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        LinkAct act = new RaiseJourneyEvent(
            JourneyEvents.MatchResponse,
            new MatchResponse(link.Mentorship.Value, accepts),
            accepts ? "Thank you for accepting" : "You declined this mentorship",
            accepts ? "Your mentee has been told, and will send you the mentoring agreement to confirm." : "Thank you for letting us know quickly; we will propose another mentor.");
        return Task.FromResult(Result<LinkAct>.Success(act));
    }
}
