using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Tests.Builders;

public sealed class MenteeBuilder : EnrolmentBuilder<MenteeBuilder>
{
    public MenteeBuilder(string name = "Mina Mentee")
        : base(Profile("mentee", name) with
        {
            Goals = [new GoalDraft { Text = "Grow into a team lead role", Tags = ["leadership"] }],
            SkillsWanted = ["negotiation"],
        })
    {
    }

    public MenteeBuilder WithGoals(params (string Text, string[] Tags)[] goals) =>
        Change(d => d with { Goals = goals.Select(g => new GoalDraft { Text = g.Text, Tags = g.Tags }).ToArray() });

    public MenteeBuilder Wanting(params string[] skills) => Change(d => d with { SkillsWanted = skills });

    public MenteeBuilder Wishing(bool industryExperience = false, string? style = null, string? background = null) =>
        Change(d => d with { Wishes = new WishesDraft { IndustryExperience = industryExperience, CommunicationStyle = style, Background = background } });

    public MenteeEnrolment Build(Programme programme) => MenteeEnrolment.Create(Draft, programme, EnrolledAt).Value;
}
