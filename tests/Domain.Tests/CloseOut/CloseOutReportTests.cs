using System.Reflection;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Domain.Tests.Reviews;

namespace MentorFlow.Domain.Tests.CloseOut;

public class CloseOutReportTests
{
    [Theory]
    [InlineData(MentorshipRole.Mentee, 5)]
    [InlineData(MentorshipRole.Mentor, 2)]
    public void Each_side_sees_only_its_own_exit_rating(MentorshipRole viewer, int ownRating)
    {
        var view = new CloseOutBuilder().Build().ForParticipant(viewer);

        Assert.Equal(viewer, view.Viewer);
        Assert.Equal(viewer, view.OwnRating!.By);
        Assert.Equal(ownRating, view.OwnRating.Rating);
    }

    [Fact]
    public void The_participants_view_cannot_reach_the_other_sides_rating()
    {
        // Walk every public property reachable from the participant's view: the only rating is its own.
        var ratingPaths = RatingPaths(typeof(ParticipantCloseOut), "view", []).ToList();

        Assert.Equal(["view.OwnRating"], ratingPaths);
        Assert.DoesNotContain(typeof(ParticipantCloseOut).GetProperties(), p => p.PropertyType == typeof(CloseOutReport) || p.PropertyType == typeof(AdministratorCloseOut));
    }

    [Fact]
    public void The_administrator_sees_both_ratings()
    {
        var view = new CloseOutBuilder().Build().ForAdministrator();

        Assert.Equal(5, view.MenteeRating!.Rating);
        Assert.Equal(2, view.MentorRating!.Rating);
    }

    [Fact]
    public void A_side_that_gave_no_rating_sees_none_even_when_the_other_did()
    {
        var view = new CloseOutBuilder().WithMenteeRating(null).Build().ForParticipant(MentorshipRole.Mentee);

        Assert.Null(view.OwnRating);
    }

    [Fact]
    public void The_summary_tells_the_story_from_outcomes_and_check_ins()
    {
        var summary = new CloseOutBuilder().BuildSummary();

        Assert.Equal(3, summary.CyclesHeld);
        Assert.Equal(5, summary.CheckInsReceived);
        Assert.Equal(6, summary.CheckInsExpected);
        Assert.Equal(4.4, summary.AverageSatisfaction!.Value, 3);
        Assert.Equal([100, 100, 40], summary.FinalProgress);
        Assert.Equal(
            [
                "2 of 3 goals met (67 %).",
                "Confidence rose from 2 to 4 out of 5.",
                "Skills gained: Negotiation, Public speaking.",
                "5 new professional contacts.",
                "A promotion or a new role followed.",
                "3 review cycles, 5 of 6 check-ins, average satisfaction 4.4 out of 5.",
                "Progress at the last check-in: goal 1 100 %, goal 2 100 %, goal 3 40 %.",
            ],
            summary.Lines);
    }

    [Fact]
    public void An_early_close_without_a_final_review_still_has_a_summary()
    {
        var request = EarlyCloseRequest.Create(CloseRequester.Mentor, "Changing roles", new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero)).Value;
        var cycles = new CyclesBuilder().Healthy().Build();

        var summary = CloseOutSummary.Build(null, cycles, request, null);

        Assert.Equal(CloseRequester.Mentor, summary.ClosedEarlyBy);
        Assert.Equal(
            ["Closed early at the mentor's request.", "1 review cycle, 2 of 2 check-ins, average satisfaction 4.0 out of 5.", "Progress at the last check-in: goal 1 20 %, goal 2 10 %."],
            summary.Lines);
    }

    [Fact]
    public void A_report_refuses_ratings_given_to_the_wrong_side()
    {
        var summary = new CloseOutBuilder().BuildSummary();
        var mentorRating = ExitRating.Create(MentorshipRole.Mentor, new ExitRatingDraft(3, null)).Value;

        Assert.Throws<ArgumentException>(() => new CloseOutReport(summary, mentorRating, null));
    }

    private static IEnumerable<string> RatingPaths(Type type, string path, HashSet<Type> seen)
    {
        if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.IsEnum)
        {
            yield break;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var itemType = propertyType.IsGenericType ? propertyType.GetGenericArguments()[0] : propertyType;
            if (itemType == typeof(ExitRating))
            {
                yield return $"{path}.{property.Name}";
            }
            else if (itemType.Namespace?.StartsWith("MentorFlow", StringComparison.Ordinal) == true)
            {
                foreach (var nested in RatingPaths(itemType, $"{path}.{property.Name}", seen))
                {
                    yield return nested;
                }
            }
        }
    }
}
