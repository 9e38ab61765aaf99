using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Tests.Builders;

public sealed class MentorBuilder : EnrolmentBuilder<MentorBuilder>
{
    public MentorBuilder(string name = "Max Mentor")
        : base(Profile("mentor", name) with
        {
            Seniority = new SeniorityDraft { Level = 6, YearsOfExperience = 15 },
            Expertise = ["leadership"],
            SkillsOffered = [new OfferedSkillDraft { Skill = "negotiation", Level = "expert" }],
            CommunicationStyle = "coaching",
            Motivation = "I had a mentor once.",
        })
    {
    }

    public MentorBuilder WithExpertise(params string[] areas) => Change(d => d with { Expertise = areas });

    public MentorBuilder Offering(params (string Skill, string Level)[] skills) =>
        Change(d => d with { SkillsOffered = skills.Select(s => new OfferedSkillDraft { Skill = s.Skill, Level = s.Level }).ToArray() });

    public MentorBuilder WithCapacity(int? capacity) => Change(d => d with { Capacity = capacity });

    public MentorBuilder WithStyle(string? style) => Change(d => d with { CommunicationStyle = style });

    public MentorEnrolment Build(Programme programme) => MentorEnrolment.Create(Draft, programme, EnrolledAt).Value;
}
