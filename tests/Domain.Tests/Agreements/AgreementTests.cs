using System.Text.Json;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Tests.Agreements;

public class AgreementTests
{
    private static readonly DateTimeOffset TermStart = AgreementDraftBuilder.TermStart;
    private static readonly DateTimeOffset TermEnd = AgreementDraftBuilder.TermEnd;
    private static readonly DateTimeOffset AgreedAt = AgreementDraftBuilder.AgreedAt;
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    private static Result<Agreement> Create(AgreementDraftBuilder draft) => Agreement.Create(draft.Build(), TermStart, TermEnd, AgreedAt);

    private static Result<Agreement> CreateWithSecondGoal(GoalDraftBuilder goal) => Create(new AgreementDraftBuilder().WithGoal(1, goal.Build()));

    private static FieldError ErrorOn(Result<Agreement> result, string field) => Assert.Single(result.Errors, e => e.Field == field);

    [Fact]
    public void A_complete_draft_becomes_an_agreement_submitted_and_confirmed_by_the_mentee()
    {
        var agreement = Create(new AgreementDraftBuilder()).Value;

        Assert.Equal(2, agreement.Goals.Count);
        Assert.Equal("Design reviews led", agreement.Goals[0].Measure);
        Assert.Equal([Channel.Video, Channel.Chat], agreement.Channels);
        Assert.Equal(MeetingCadence.Monthly, agreement.Cadence);
        Assert.Equal(TimeSpan.FromHours(48), agreement.ExpectedResponseTime);
        Assert.Equal(AgreedAt, agreement.MenteeConfirmedAt);
        Assert.Null(agreement.MentorConfirmedAt);
        Assert.False(agreement.IsConfirmed);
        Assert.Equal(1, agreement.Revision);
    }

    [Fact]
    public void Specific_fails_when_the_description_is_missing()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithDescription("  ")), "goals[1].description");

        Assert.StartsWith("specific — ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Specific_fails_when_the_description_is_too_short()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithDescription("Speak up")), "goals[1].description");

        Assert.Equal("specific — describe the goal in at least 10 characters.", error.Message);
    }

    [Theory]
    [InlineData("Improve my skills")]
    [InlineData("Get better at my career and grow")]
    [InlineData("Learn more things about work")]
    public void Specific_fails_when_the_description_is_vague(string description)
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithDescription(description)), "goals[1].description");

        Assert.Equal("specific — too vague: name the skill, task or result you will work on.", error.Message);
    }

    [Theory]
    [InlineData("Improve my public speaking")]
    [InlineData("Present the roadmap at the all-hands meeting")]
    public void A_description_naming_what_will_be_done_is_specific(string description) =>
        Assert.True(SmartGoalRules.IsSpecific(description));

    [Fact]
    public void Measurable_fails_without_a_measure()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithMeasure(null)), "goals[1].measure");

        Assert.Equal("measurable — say how progress will be measured.", error.Message);
    }

    [Fact]
    public void Measurable_fails_without_a_target()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithTarget("")), "goals[1].target");

        Assert.Equal("measurable — give the target that means the goal is met.", error.Message);
    }

    [Fact]
    public void Achievable_fails_when_the_target_date_is_already_past_on_the_agreement_date()
    {
        var result = CreateWithSecondGoal(new GoalDraftBuilder().WithTargetDate(new DateTimeOffset(2026, 1, 10, 0, 0, 0, TimeSpan.Zero)));

        var error = ErrorOn(result, "goals[1].targetDate");
        Assert.Equal("achievable — the target date 2026-01-10 is already past on the agreement date 2026-01-15.", error.Message);
    }

    [Fact]
    public void Achievable_fails_with_more_goals_than_a_mentorship_can_carry()
    {
        var goals = Enumerable.Range(0, SmartGoalRules.MaxGoals + 1).Select(_ => new GoalDraftBuilder().Build()).ToArray();

        var result = Create(new AgreementDraftBuilder().WithGoals(goals));

        var error = Assert.Single(result.Errors);
        Assert.Equal("goals", error.Field);
        Assert.StartsWith("achievable — at most 5 goals", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relevant_fails_without_saying_why_the_goal_matters()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithWhyItMatters("because")), "goals[1].whyItMatters");

        Assert.StartsWith("relevant — ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_bound_fails_without_a_target_date()
    {
        var error = ErrorOn(CreateWithSecondGoal(new GoalDraftBuilder().WithTargetDate(null)), "goals[1].targetDate");

        Assert.Equal("time-bound — give a target date.", error.Message);
    }

    [Fact]
    public void Time_bound_fails_when_the_target_date_falls_after_the_programme_term()
    {
        var result = CreateWithSecondGoal(new GoalDraftBuilder().WithTargetDate(new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero)));

        var error = ErrorOn(result, "goals[1].targetDate");
        Assert.Equal("time-bound — the target date must fall inside the programme term (2026-01-01–2026-06-30).", error.Message);
    }

    [Fact]
    public void A_goal_failing_several_criteria_names_each_of_them()
    {
        var goal = new GoalDraftBuilder().WithDescription("Improve my skills").WithMeasure(null).WithTarget(null)
            .WithTargetDate(new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero)).WithWhyItMatters(null);

        var result = CreateWithSecondGoal(goal);

        Assert.Equal(
            ["goals[1].description", "goals[1].measure", "goals[1].target", "goals[1].targetDate", "goals[1].targetDate", "goals[1].whyItMatters"],
            result.Errors.Select(e => e.Field));
        Assert.Equal(
            ["specific", "measurable", "measurable", "achievable", "time-bound", "relevant"],
            result.Errors.Select(e => e.Message.Split(" — ")[0]));
    }

    [Fact]
    public void A_term_of_minutes_shows_times_in_the_time_bound_message()
    {
        var start = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
        var goal = new GoalDraftBuilder().WithTargetDate(start.AddMinutes(45)).Build();

        var result = Agreement.Create(new AgreementDraftBuilder().WithGoals(goal).Build(), start, start.AddMinutes(30), start);

        Assert.Equal("time-bound — the target date must fall inside the programme term (2026-03-01 10:00–2026-03-01 10:30).", ErrorOn(result, "goals[0].targetDate").Message);
    }

    [Fact]
    public void An_agreement_needs_at_least_one_goal()
    {
        Assert.Equal("goals", Assert.Single(Create(new AgreementDraftBuilder().WithGoals()).Errors).Field);
    }

    [Fact]
    public void Each_bad_field_outside_the_goals_is_named()
    {
        var draft = new AgreementDraftBuilder()
            .WithMenteeResponsibilities()
            .WithMentorResponsibilities("ok", "Give feedback")
            .WithCadence("daily")
            .WithChannels("video", "carrier pigeon", "Video")
            .WithResponseHours(0)
            .WithConfidentiality(new string('x', Agreement.ConfidentialityMaxLength + 1));

        var result = Create(draft);

        Assert.Equal(
            ["menteeResponsibilities", "mentorResponsibilities[0]", "meetingCadence", "channels[1]", "channels[2]", "expectedResponseHours", "confidentiality"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Omitted_cadence_response_time_and_confidentiality_take_the_common_defaults()
    {
        var agreement = Create(new AgreementDraftBuilder().WithCadence(null).WithResponseHours(null).WithConfidentiality(null)).Value;

        Assert.Equal(MeetingCadence.Monthly, agreement.Cadence);
        Assert.Equal(TimeSpan.FromHours(Agreement.DefaultResponseHours), agreement.ExpectedResponseTime);
        Assert.Equal(Agreement.DefaultConfidentiality, agreement.Confidentiality);
    }

    [Fact]
    public void Channels_are_read_however_people_write_in_person()
    {
        var agreement = Create(new AgreementDraftBuilder().WithChannels("in person", "PHONE", "e-mail")).Value;

        Assert.Equal([Channel.InPerson, Channel.Phone, Channel.Email], agreement.Channels);
        Assert.Equal("channels[1]", Assert.Single(Create(new AgreementDraftBuilder().WithChannels("video", "fax")).Errors).Field);
    }

    [Fact]
    public void The_mentors_confirmation_completes_the_agreement_with_its_time()
    {
        var agreement = new AgreementDraftBuilder().Create();

        var confirmed = agreement.Confirm(MentorshipRole.Mentor, AgreedAt.AddDays(2));

        Assert.True(confirmed.IsSuccess);
        Assert.True(agreement.IsConfirmed);
        Assert.Equal(AgreedAt.AddDays(2), agreement.MentorConfirmedAt);
    }

    [Fact]
    public void Confirming_again_keeps_the_first_confirmation_time()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();
        var first = agreement.MentorConfirmedAt;

        agreement.Confirm(MentorshipRole.Mentor, AgreedAt.AddDays(9));

        Assert.Equal(first, agreement.MentorConfirmedAt);
    }

    [Fact]
    public void A_confirmation_dated_before_the_revision_is_refused()
    {
        var agreement = new AgreementDraftBuilder().Create();

        Assert.Equal("at", Assert.Single(agreement.Confirm(MentorshipRole.Mentor, AgreedAt.AddMinutes(-1)).Errors).Field);
        Assert.Null(agreement.MentorConfirmedAt);
    }

    [Fact]
    public void An_edit_by_the_mentor_after_confirmation_resets_the_mentees_confirmation()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();
        var editedAt = AgreedAt.AddDays(60);
        var edited = new AgreementDraftBuilder().WithCadence("fortnightly").Build();

        var revised = agreement.Revise(edited, MentorshipRole.Mentor, editedAt);

        Assert.True(revised.IsSuccess);
        Assert.Equal(MeetingCadence.Fortnightly, agreement.Cadence);
        Assert.Equal(2, agreement.Revision);
        Assert.Equal(MentorshipRole.Mentor, agreement.RevisedBy);
        Assert.Equal(editedAt, agreement.MentorConfirmedAt);
        Assert.Null(agreement.MenteeConfirmedAt);
        Assert.False(agreement.IsConfirmed);
    }

    [Fact]
    public void An_edit_by_the_mentee_resets_the_mentors_confirmation()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();

        agreement.Revise(new AgreementDraftBuilder().WithChannels("phone").Build(), MentorshipRole.Mentee, AgreedAt.AddDays(60));

        Assert.Equal(AgreedAt.AddDays(60), agreement.MenteeConfirmedAt);
        Assert.Null(agreement.MentorConfirmedAt);
    }

    [Fact]
    public void A_refused_edit_changes_nothing()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();
        var broken = new AgreementDraftBuilder().WithCadence("hourly").WithGoal(0, new GoalDraftBuilder().WithMeasure(null).Build()).Build();

        var revised = agreement.Revise(broken, MentorshipRole.Mentor, AgreedAt.AddDays(60));

        Assert.Equal(["goals[0].measure", "meetingCadence"], revised.Errors.Select(e => e.Field));
        Assert.True(agreement.IsConfirmed);
        Assert.Equal(1, agreement.Revision);
        Assert.Equal(MeetingCadence.Monthly, agreement.Cadence);
    }

    [Fact]
    public void An_edit_is_checked_as_of_its_own_date()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();

        // The first goal's target date (30 Apr) was fine in January, but is past by June.
        var revised = agreement.Revise(new AgreementDraftBuilder().Build(), MentorshipRole.Mentee, new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Contains(revised.Errors, e => e.Field == "goals[0].targetDate" && e.Message.StartsWith("achievable", StringComparison.Ordinal));
    }

    [Fact]
    public void The_draft_of_an_agreement_recreates_the_same_agreement()
    {
        var agreement = new AgreementDraftBuilder().Create();

        var draft = agreement.ToDraft();
        var again = Agreement.Create(draft, TermStart, TermEnd, AgreedAt).Value;

        Assert.Equal("monthly", draft.MeetingCadence);
        Assert.Equal(["video", "chat"], draft.Channels);

        Assert.Equal(agreement.Goals, again.Goals);
        Assert.Equal(agreement.Channels, again.Channels);
        Assert.Equal(agreement.MentorResponsibilities, again.MentorResponsibilities);
        Assert.Equal(agreement.Cadence, again.Cadence);
        Assert.Equal(agreement.ExpectedResponseTime, again.ExpectedResponseTime);
    }

    [Fact]
    public void A_camel_case_json_body_reads_into_a_draft()
    {
        const string json = """
            {
              "goals": [{
                "description": "Lead the design review of the payments API",
                "measure": "Reviews led",
                "target": "2 reviews",
                "targetDate": "2026-04-30T00:00:00Z",
                "whyItMatters": "It is the next step to a staff role"
              }],
              "menteeResponsibilities": ["Bring an agenda"],
              "mentorResponsibilities": ["Give honest feedback"],
              "meetingCadence": "monthly",
              "channels": ["video", "inPerson"],
              "expectedResponseHours": 24,
              "confidentiality": "Between us."
            }
            """;

        var draft = JsonSerializer.Deserialize<AgreementDraft>(json, WebJson)!;
        var agreement = Agreement.Create(draft, TermStart, TermEnd, AgreedAt).Value;

        Assert.Equal(new DateTimeOffset(2026, 4, 30, 0, 0, 0, TimeSpan.Zero), agreement.Goals[0].TargetDate);
        Assert.Equal([Channel.Video, Channel.InPerson], agreement.Channels);
        Assert.Equal(TimeSpan.FromHours(24), agreement.ExpectedResponseTime);
    }

    [Fact]
    public void Its_state_cannot_be_set_from_outside()
    {
        var agreement = new AgreementDraftBuilder().Create();

        Assert.All(typeof(Agreement).GetProperties(), p => Assert.False(p.SetMethod?.IsPublic ?? false, p.Name));
        Assert.All(typeof(SmartGoal).GetProperties(), p => Assert.Null(p.SetMethod));
        Assert.Throws<NotSupportedException>(() => ((IList<SmartGoal>)agreement.Goals).Clear());
    }
}
