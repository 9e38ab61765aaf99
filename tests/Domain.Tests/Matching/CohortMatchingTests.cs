using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Matching;

public class CohortMatchingTests
{
    private static readonly DateOnly Week = new(2026, 3, 2);
    private static readonly Programme Programme = new ProgrammeBuilder().Build();

    [Fact]
    public void The_cohort_gives_up_a_mentees_first_choice_when_that_serves_the_whole_intake_better()
    {
        // Ana prefers Ama, but Ben can only talk to Ama (French); a greedy first-come match would strand Ben.
        var ana = new MenteeBuilder("Ana").Wanting("negotiation", "sql").Build(Programme);
        var ben = new MenteeBuilder("Ben").Speaking("fr").Build(Programme);
        var ama = new MentorBuilder("Ama").Speaking("en", "fr").WithCapacity(1).Offering(("negotiation", "expert"), ("sql", "expert")).Build(Programme);
        var bo = new MentorBuilder("Bo").WithCapacity(1).Offering(("negotiation", "intermediate")).Build(Programme);
        var index = MatchingIndex.Build(Programme, [ana, ben], [ama, bo], Week);

        var result = CohortMatching.Match(index);

        Assert.Equal(
            new[] { (ana.Id, bo.Id), (ben.Id, ama.Id) }.OrderBy(p => p.Item1.Value, StringComparer.Ordinal),
            result.Matches.Select(m => (m.Mentee, m.Mentor)));
        Assert.Empty(result.Unmatched);
        Assert.Equal(result.Matches.Sum(m => m.Score), result.TotalScore, 10);
        Assert.All(result.Matches, m => Assert.NotEmpty(m.Reasons));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(19)]
    [InlineData(23)]
    [InlineData(101)]
    public void The_total_is_the_best_any_assignment_can_reach(int seed)
    {
        var random = new Random(seed);
        var mentees = Enumerable.Range(0, 6).Select(i => RandomMentee(random, i)).ToArray();
        var mentors = Enumerable.Range(0, 3).Select(i => RandomMentor(random, i)).ToArray();
        var index = MatchingIndex.Build(Programme, mentees, mentors, Week);

        var result = CohortMatching.Match(index);

        Assert.NotEmpty(result.Matches);
        Assert.Equal(BruteForceBest(index), result.TotalScore, 5);
        Assert.All(index.Mentors, m => Assert.InRange(result.Matches.Count(x => x.Mentor == m.Id), 0, m.Capacity));
        Assert.All(result.Matches, m => Assert.True(index.Assess(m.Mentee, m.Mentor).IsFeasible));
    }

    [Fact]
    public void The_same_intake_in_any_order_gives_the_same_matches()
    {
        var random = new Random(5);
        var mentees = Enumerable.Range(0, 30).Select(i => RandomMentee(random, i)).ToArray();
        var mentors = Enumerable.Range(0, 8).Select(i => RandomMentor(random, i)).ToArray();

        var first = CohortMatching.Match(MatchingIndex.Build(Programme, mentees, mentors, Week));
        var second = CohortMatching.Match(MatchingIndex.Build(Programme, mentees.Reverse(), mentors.Reverse(), Week));

        Assert.Equal(first.Matches.Select(m => (m.Mentee, m.Mentor)), second.Matches.Select(m => (m.Mentee, m.Mentor)));
        Assert.Equal(first.Unmatched, second.Unmatched);
    }

    [Fact]
    public void Mentees_left_over_wait_in_enrolment_order_with_the_reason()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var early = new MenteeBuilder("Early").EnrolledOn(monday).Build(Programme);
        var late = new MenteeBuilder("Late").EnrolledOn(monday.AddHours(1)).Build(Programme);
        var stranded = new MenteeBuilder("Stranded").Speaking("ja").EnrolledOn(monday.AddHours(2)).Build(Programme);
        var mentor = new MentorBuilder().WithCapacity(1).Build(Programme);
        var other = new MentorBuilder("Oona").WithCapacity(1).WithManager("stranded@example.org").Build(Programme);
        var ledger = new CapacityLedger();
        ledger.Join(mentor.Id, 1);
        ledger.Join(other.Id, 1);
        ledger.Pause(other.Id);

        var result = CohortMatching.Match(MatchingIndex.Build(Programme, [late, stranded, early], [mentor, other], Week), ledger);

        var placed = Assert.Single(result.Matches);
        var waiting = result.Unmatched.Select(u => u.Mentee).ToArray();
        Assert.Equal(mentor.Id, placed.Mentor);
        Assert.Equal(new[] { early.Id, late.Id, stranded.Id }.Where(id => id != placed.Mentee), waiting);
        Assert.Equal("all 1 feasible mentors were given to other mentees; waits for capacity", result.Unmatched[0].Reason);
        Assert.Equal(
            "no feasible mentor among 2 (2 without a shared language, 1 in the reporting line, 1 without capacity)",
            result.Unmatched.Single(u => u.Mentee == stranded.Id).Reason);
    }

    [Fact]
    public void A_group_mentor_takes_mentees_up_to_the_group_size()
    {
        var group = new ProgrammeBuilder().WithType("group").WithCapacity(3).Build();
        var mentees = Enumerable.Range(0, 5).Select(i => new MenteeBuilder($"Member {i}").Build(group)).ToArray();
        var mentor = new MentorBuilder().Build(group);

        var result = CohortMatching.Match(MatchingIndex.Build(group, mentees, [mentor], Week));

        Assert.Equal(3, result.Matches.Count);
        Assert.Equal(2, result.Unmatched.Count);
    }

    private static double BruteForceBest(MatchingIndex index)
    {
        var scores = index.Mentees.Select(m => index.Mentors.Select(n =>
        {
            var match = index.Assess(m.Id, n.Id).Match;
            return match is null ? double.NaN : Math.Round(match.Score, CohortMatching.ScoreDecimals);
        }).ToArray()).ToArray();
        var used = new int[index.Mentors.Count];

        double Best(int mentee)
        {
            if (mentee == scores.Length)
            {
                return 0;
            }

            var best = Best(mentee + 1);
            for (var j = 0; j < used.Length; j++)
            {
                if (!double.IsNaN(scores[mentee][j]) && used[j] < index.Mentors[j].Capacity)
                {
                    used[j]++;
                    best = Math.Max(best, scores[mentee][j] + Best(mentee + 1));
                    used[j]--;
                }
            }

            return best;
        }

        return Best(0);
    }

    private static readonly string[] Skills = ["negotiation", "sql", "leadership", "public speaking", "design", "python"];
    private static readonly string[] Days = ["monday", "tuesday", "wednesday"];

    private static MenteeEnrolment RandomMentee(Random random, int i) =>
        new MenteeBuilder($"Mentee {i}")
            .Wanting(Pick(random, Skills, 2))
            .WithGoals(($"Get better at {Skills[random.Next(Skills.Length)]}", []))
            .Speaking(random.Next(4) == 0 ? "fr" : "en")
            .AtLevel(random.Next(1, 5))
            .AvailableOn($"{Days[random.Next(Days.Length)]} 09:00-12:00", "thursday 14:00-16:00")
            .Build(Programme);

    private static MentorEnrolment RandomMentor(Random random, int i) =>
        new MentorBuilder($"Mentor {i}")
            .Offering(Pick(random, Skills, 3).Select(s => (s, random.Next(2) == 0 ? "expert" : "advanced")).ToArray())
            .WithExpertise(Pick(random, Skills, 2))
            .Speaking(random.Next(3) == 0 ? ["fr", "en"] : ["en"])
            .AtLevel(random.Next(3, 9))
            .WithCapacity(random.Next(1, 3))
            .AvailableOn($"{Days[random.Next(Days.Length)]} 10:00-13:00", "thursday 15:00-18:00")
            .Build(Programme);

    private static string[] Pick(Random random, string[] from, int count) =>
        from.OrderBy(_ => random.Next()).Take(count).ToArray();
}
