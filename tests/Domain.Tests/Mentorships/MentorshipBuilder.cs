using MentorFlow.Domain.Common;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Agreements;

namespace MentorFlow.Domain.Tests.Mentorships;

/// <summary>Builds a pair mentorship and walks it, one hour per step, to the status a test starts from.</summary>
public sealed class MentorshipBuilder
{
    public static readonly DateTimeOffset ProposedAt = new(2026, 1, 2, 9, 0, 0, TimeSpan.Zero);

    private MentorshipStatus _status = MentorshipStatus.Proposed;

    public MentorshipBuilder InStatus(MentorshipStatus status)
    {
        _status = status;
        return this;
    }

    public Mentorship Build()
    {
        var mentorship = Mentorship.ProposePair("ms-1", "prog-1", "mentor-1", "mentee-1", ProposedAt).Value;
        var at = ProposedAt;
        foreach (var step in PathTo(_status))
        {
            at = at.AddHours(1);
            var moved = Attempt(mentorship, step, at);
            Assert.True(moved.IsSuccess, $"Could not walk the builder's path to {step}.");
        }

        return mentorship;
    }

    /// <summary>Calls the method whose purpose is to reach <paramref name="target"/>.</summary>
    public static Result<MentorshipTransition> Attempt(Mentorship mentorship, MentorshipStatus target, DateTimeOffset at) => target switch
    {
        MentorshipStatus.Accepted => mentorship.Accept(at),
        MentorshipStatus.Declined => mentorship.Decline(at),
        MentorshipStatus.AgreementPending => mentorship.RequestAgreement(at),
        MentorshipStatus.Active => mentorship.Activate(new AgreementDraftBuilder().CreateConfirmed(), at),
        MentorshipStatus.Closing => mentorship.BeginClose(at),
        MentorshipStatus.Closed => mentorship.Close(at),
        MentorshipStatus.Cancelled => mentorship.Cancel(at),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "No method moves a mentorship back to proposed."),
    };

    private static MentorshipStatus[] PathTo(MentorshipStatus status) => status switch
    {
        MentorshipStatus.Proposed => [],
        MentorshipStatus.Accepted => [MentorshipStatus.Accepted],
        MentorshipStatus.AgreementPending => [MentorshipStatus.Accepted, MentorshipStatus.AgreementPending],
        MentorshipStatus.Active => [MentorshipStatus.Accepted, MentorshipStatus.AgreementPending, MentorshipStatus.Active],
        MentorshipStatus.Closing => [MentorshipStatus.Accepted, MentorshipStatus.AgreementPending, MentorshipStatus.Active, MentorshipStatus.Closing],
        MentorshipStatus.Closed => [MentorshipStatus.Accepted, MentorshipStatus.AgreementPending, MentorshipStatus.Active, MentorshipStatus.Closing, MentorshipStatus.Closed],
        MentorshipStatus.Declined => [MentorshipStatus.Declined],
        MentorshipStatus.Cancelled => [MentorshipStatus.Cancelled],
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
