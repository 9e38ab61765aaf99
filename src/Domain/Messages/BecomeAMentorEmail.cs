namespace MentorFlow.Domain.Messages;

/// <summary>Invites a mentee who finished to give back as a mentor.</summary>
public sealed record BecomeAMentorEmail(string MenteeName, string ProgrammeName, Uri EnrolAsMentorLink) : EmailMessage
{
    public override string Template => "become-a-mentor";

    public override EmailContent Render() =>
        new EmailComposer(MenteeName)
            .Paragraph($"Now that your mentorship in {ProgrammeName} is complete, would you like to pass it on? What you learned could help someone who is where you were.")
            .Paragraph("Mentors come from every level: peer and reverse mentoring need people just like you.")
            .Link("Enrol as a mentor", EnrolAsMentorLink)
            .Build($"Pass it on: become a mentor in {ProgrammeName}", ProgrammeName);
}
