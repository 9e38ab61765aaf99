using MentorFlow.Cli.Matching;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Tests.Support;

namespace MentorFlow.Domain.Tests.Samples;

public class SampleDataTests
{
    private static readonly MatchInput Input = MatchInput.Read(
        RepositoryFiles.Path("samples/demo-programme.json"),
        RepositoryFiles.Path("samples/mentees.json"),
        RepositoryFiles.Path("samples/mentors.json"),
        week: null,
        today: new DateOnly(2000, 1, 3),
        out var errors) ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));

    [Fact]
    public void The_demo_programme_runs_a_lifecycle_in_minutes()
    {
        var programme = Input.Programme;

        Assert.Equal("demo", programme.Id.Value);
        Assert.Equal("PT30M", programme.Term.ToString());
        Assert.Equal("PT5M", programme.ReviewCadence.ToString());
        Assert.All(
            [programme.Deadlines.MatchResponse, programme.Deadlines.Agreement, programme.Deadlines.CheckIn],
            d => Assert.True(d.FixedPart <= TimeSpan.FromMinutes(5) && !d.HasCalendarPart));
        Assert.Equal(new DateOnly(2026, 3, 9), Input.Week);
    }

    [Fact]
    public void The_sample_people_are_valid_varied_and_unique()
    {
        Assert.InRange(Input.Mentees.Count, 24, 60);
        Assert.InRange(Input.Mentors.Count, 12, 40);
        var everyone = Input.Mentees.Select(m => m.Profile).Concat(Input.Mentors.Select(m => m.Profile)).ToArray();
        Assert.True(everyone.Select(p => p.TimeZone.Id.Split('/')[0]).Distinct().Count() >= 5, "time zones across continents");
        Assert.True(everyone.SelectMany(p => p.Languages).Distinct().Count() >= 10, "many languages");
        Assert.Equal(Input.Mentees.Count, Input.Mentees.Select(m => m.Id).Distinct().Count());
        Assert.All(Input.Mentees, m => Assert.NotEmpty(m.Goals));
    }

    [Fact]
    public void Matching_the_samples_places_nearly_everyone_and_explains_each_match()
    {
        var index = MatchingIndex.Build(Input.Programme, Input.Mentees, Input.Mentors, Input.Week);

        var result = CohortMatching.Match(index);

        Assert.True(result.Matches.Count >= Input.Mentees.Count - 3, $"only {result.Matches.Count} of {Input.Mentees.Count} matched");
        Assert.All(result.Matches, m => Assert.True(index.Assess(m.Mentee, m.Mentor).IsFeasible));
        Assert.All(result.Matches, m => Assert.True(m.Reasons.Count >= 3, string.Join("; ", m.Reasons)));
        Assert.All(Input.Mentors, n => Assert.True(result.Matches.Count(m => m.Mentor == n.Id) <= n.Capacity));
        Assert.True(result.Matches.Average(m => m.Score) > 0.6, "the average match should be a good one");
    }

    [Fact]
    public void The_mentee_who_speaks_only_korean_waits_with_the_reason()
    {
        var jiwoo = Person("jiwoo.park@hanbit.example");

        var result = CohortMatching.Match(MatchingIndex.Build(Input.Programme, Input.Mentees, Input.Mentors, Input.Week));

        var waiting = Assert.Single(result.Unmatched, u => u.Mentee == jiwoo);
        Assert.Contains("24 without a shared language", waiting.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Grace_is_never_matched_with_her_manager_who_would_otherwise_suit_her()
    {
        var grace = Person("grace.chen@northwind-bank.example");
        var james = Person("james.whitfield@northwind-bank.example");
        var index = MatchingIndex.Build(Input.Programme, Input.Mentees, Input.Mentors, Input.Week);

        var refusal = Assert.Single(index.Assess(grace, james).Refusals);
        var result = CohortMatching.Match(index);

        Assert.Equal(ConstraintKind.ReportingLine, refusal.Constraint);
        Assert.NotEqual(james, Assert.Single(result.Matches, m => m.Mentee == grace).Mentor);
    }

    private static ParticipantId Person(string email) =>
        ParticipantId.For(Input.Programme.Id, EmailAddress.Parse(email, "email").Value);
}
