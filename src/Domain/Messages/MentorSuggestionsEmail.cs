namespace MentorFlow.Domain.Messages;

/// <summary>Offers a mentee the top mentors to choose from, one link per mentor.</summary>
public sealed record MentorSuggestionsEmail(string MenteeName, string ProgrammeName, IReadOnlyList<SuggestedMentor> Mentors, DateTimeOffset ChooseBy) : EmailMessage
{
    public override string Template => "mentor-suggestions";

    public override EmailContent Render()
    {
        var email = new EmailComposer(MenteeName)
            .Paragraph($"Here are the mentors in {ProgrammeName} who fit your goals best. Choose the one you would like to work with by {MessageFormat.Moment(ChooseBy)}.");
        foreach (var mentor in Mentors)
        {
            email.List($"{mentor.Name} (match score {MessageFormat.Percent(mentor.Score)}):", mentor.Reasons)
                .Link($"Choose {mentor.Name}", mentor.ChooseLink);
        }

        return email
            .Paragraph("Once you choose, we ask your mentor to accept and let you know.")
            .Build($"Choose your mentor in {ProgrammeName}", ProgrammeName);
    }
}
