using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// One checked link: the journey it is for, what its token grants, what its argument says, and the URL its form
/// posts back to (the same path with the same token).
/// </summary>
public sealed record LinkContext(JourneyKey Journey, ActionLinkClaims Claims, LinkArgument Argument, string FormAction)
{
    /// <summary>The acting side: the mentee when the token's participant is the journey's mentee, otherwise the mentor.</summary>
    public MentorshipRole Role => !Journey.IsMentorIntake && Claims.ParticipantId == Journey.Participant.Value
        ? MentorshipRole.Mentee
        : MentorshipRole.Mentor;

    public CloseRequester Requester => Role == MentorshipRole.Mentee ? CloseRequester.Mentee : CloseRequester.Mentor;

    /// <summary>The mentorship the link is about; every action but pause has one.</summary>
    public MentorshipKey Mentorship => Argument.Mentorship
        ?? throw new InvalidOperationException($"A {LinkActionNames.Name(Claims.Action)} link names no mentorship.");
}
