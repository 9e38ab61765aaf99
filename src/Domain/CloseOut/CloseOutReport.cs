using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// The close-out of one mentorship: the summary and both blind exit ratings. The ratings are private;
/// each side gets a <see cref="ParticipantCloseOut"/> with only its own, the administrator gets both.
/// </summary>
public sealed class CloseOutReport
{
    private readonly ExitRating? _menteeRating;
    private readonly ExitRating? _mentorRating;

    public CloseOutReport(CloseOutSummary summary, ExitRating? menteeRating, ExitRating? mentorRating)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (menteeRating is not null && menteeRating.By != MentorshipRole.Mentee)
        {
            throw new ArgumentException("Expected the mentee's rating.", nameof(menteeRating));
        }

        if (mentorRating is not null && mentorRating.By != MentorshipRole.Mentor)
        {
            throw new ArgumentException("Expected the mentor's rating.", nameof(mentorRating));
        }

        Summary = summary;
        _menteeRating = menteeRating;
        _mentorRating = mentorRating;
    }

    public CloseOutSummary Summary { get; }

    public ParticipantCloseOut ForParticipant(MentorshipRole viewer) =>
        new(viewer, Summary, viewer == MentorshipRole.Mentee ? _menteeRating : _mentorRating);

    public AdministratorCloseOut ForAdministrator() => new(Summary, _menteeRating, _mentorRating);
}
