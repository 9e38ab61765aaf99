using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Messages;

/// <summary>The close-out summary for the administrator, with both blind exit ratings.</summary>
public sealed record AdministratorCloseOutEmail(string AdministratorName, string MenteeName, string MentorName, string ProgrammeName, AdministratorCloseOut CloseOut, Uri MentorshipLink) : EmailMessage
{
    public override string Template => "close-out-summary-administrator";

    public override EmailContent Render() =>
        new EmailComposer(AdministratorName)
            .Paragraph($"The mentorship between {MenteeName} (mentee) and {MentorName} (mentor) in {ProgrammeName} is closed.")
            .List("How it went:", CloseOut.Summary.Lines)
            .List("Exit ratings (each side sees only their own):", [Rating(CloseOut.MenteeRating, MentorshipRole.Mentee, MenteeName), Rating(CloseOut.MentorRating, MentorshipRole.Mentor, MentorName)])
            .Link("Open the mentorship", MentorshipLink)
            .Build($"A mentorship in {ProgrammeName} is closed", ProgrammeName);

    private static string Rating(ExitRating? rating, MentorshipRole role, string name) => rating is null
        ? $"{name} ({MessageFormat.Role(role)}): no rating given"
        : $"{name} ({MessageFormat.Role(role)}): {rating.Rating} out of {ExitRating.MaxRating}" + (rating.Comment is null ? string.Empty : $" — \"{rating.Comment}\"");
}
