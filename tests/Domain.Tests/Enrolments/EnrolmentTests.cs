using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Tests.Builders;

namespace MentorFlow.Domain.Tests.Enrolments;

public class EnrolmentTests
{
    private static readonly Programme Programme = new ProgrammeBuilder().Build();

    [Fact]
    public void A_mentee_form_becomes_a_mentee_with_its_fields_normalised_and_free_text_as_entered()
    {
        var mentee = MenteeEnrolment.Create(
            new MenteeBuilder()
                .WithEmail("  Ana.Silva@Example.ORG ")
                .WithGoals(("  Lead a <b>team</b> & ship  ", [" Leadership "]))
                .Wishing(industryExperience: true, style: "Direct", background: "similar")
                .Draft,
            Programme,
            MenteeBuilder.DefaultEnrolledAt).Value;

        Assert.Equal("Ana.Silva@example.org", mentee.Profile.Email.Value);
        Assert.Equal("  Lead a <b>team</b> & ship  ", mentee.Goals[0].Text);
        Assert.Equal(["Leadership"], mentee.Goals[0].Tags);
        Assert.Equal(new MentorWishes(true, CommunicationStyle.Direct, BackgroundWish.Similar), mentee.Wishes);
        Assert.Equal("Europe/London", mentee.Profile.TimeZone.Id);
        Assert.Equal(EnrolmentRole.Mentee, mentee.Role);
    }

    [Fact]
    public void A_mentor_without_capacity_takes_the_programme_default_and_a_group_mentor_the_group_size()
    {
        var group = new ProgrammeBuilder().WithType("group").WithCapacity(6).Build();

        Assert.Equal(2, new MentorBuilder().Build(Programme).Capacity);
        Assert.Equal(6, new MentorBuilder().Build(group).Capacity);
        Assert.Equal(4, new MentorBuilder().WithCapacity(4).Build(group).Capacity);
    }

    [Fact]
    public void The_same_person_in_the_same_programme_has_the_same_id_whatever_the_case_or_role()
    {
        var asMentee = new MenteeBuilder().WithEmail("ana@example.org").Build(Programme);
        var again = new MenteeBuilder().WithEmail(" ANA@Example.org").Build(Programme);
        var asMentor = new MentorBuilder().WithEmail("ana@example.org").Build(Programme);
        var elsewhere = new MenteeBuilder().WithEmail("ana@example.org").Build(new ProgrammeBuilder().WithId("autumn-2026").Build());

        Assert.Equal(asMentee.Id, again.Id);
        Assert.Equal(asMentee.Id, asMentor.Id);
        Assert.NotEqual(asMentee.Id, elsewhere.Id);
        Assert.DoesNotContain("ana", asMentee.Id.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_role_field_chooses_the_kind_of_enrolment()
    {
        Assert.IsType<MenteeEnrolment>(Enrolment.FromDraft(new MenteeBuilder().Draft, Programme, MenteeBuilder.DefaultEnrolledAt).Value);
        Assert.IsType<MentorEnrolment>(Enrolment.FromDraft(new MentorBuilder().Draft, Programme, MenteeBuilder.DefaultEnrolledAt).Value);
        Assert.Equal("role", Assert.Single(Enrolment.FromDraft(new MenteeBuilder().Draft with { Role = "buddy" }, Programme, default).Errors).Field);
    }

    [Fact]
    public void Every_bad_mentee_field_is_reported_at_once_with_its_path()
    {
        var draft = new EnrolmentDraft
        {
            Role = "mentee",
            Name = " ",
            Email = "ana@",
            TimeZone = "Mars/Olympus",
            Languages = ["english!", "en", "EN"],
            Organisation = new string('o', 101),
            Department = "Line\u0007",
            ManagerEmail = "boss",
            Seniority = new SeniorityDraft { Level = 11, YearsOfExperience = -1 },
            Industry = new string('i', 61),
            Channels = ["video", "pigeon", "Video"],
            Background = ["career changer", "Career-Changer"],
            Availability =
            [
                new SlotDraft { Day = "someday", Start = "09:00", End = "10:00" },
                new SlotDraft { Day = "monday", Start = "9am", End = "25:00" },
                new SlotDraft { Day = "monday", Start = "11:00", End = "10:00" },
                new SlotDraft { Day = "tuesday", Start = "09:00", End = "11:00" },
                new SlotDraft { Day = "tuesday", Start = "10:00", End = "12:00" },
                null,
            ],
            Goals = [new GoalDraft { Text = "", Tags = [new string('t', 41)] }, null],
            SkillsWanted = ["negotiation", " Negotiation "],
            Wishes = new WishesDraft { CommunicationStyle = "loud", Background = "same" },
        };

        var result = MenteeEnrolment.Create(draft, Programme, default);

        Assert.Equal(
            [
                "name", "email", "timeZone", "languages[2]", "languages[0]", "organisation", "department", "managerEmail",
                "seniority.level", "seniority.yearsOfExperience", "industry", "channels[1]", "channels[2]", "background[1]",
                "availability[0].day", "availability[1].start", "availability[1].end", "availability[2].end", "availability[4]", "availability[5]",
                "goals[0].text", "goals[0].tags[0]", "goals[1]", "skillsWanted[1]", "wishes.communicationStyle", "wishes.background",
            ],
            result.Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("pt-BR", true)]
    [InlineData("zh-Hant-TW", true)]
    [InlineData("es-419", true)]
    [InlineData("gsw", true)]
    [InlineData("e", false)]
    [InlineData("engl", false)]
    [InlineData("e1", false)]
    [InlineData("en-", false)]
    [InlineData("en--GB", false)]
    [InlineData("en-toolongsub", false)]
    [InlineData("en-G_B", false)]
    public void A_language_is_a_language_tag(string tag, bool accepted)
    {
        var result = Enrolment.FromDraft(new MenteeBuilder().Draft with { Languages = [tag] }, Programme, default);

        Assert.Equal(accepted ? [] : ["languages[0]"], result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Availability_is_kept_in_week_order_whatever_the_order_given()
    {
        var draft = new MenteeBuilder().Draft with
        {
            Availability =
            [
                new SlotDraft { Day = "friday", Start = "09:00", End = "10:00" },
                new SlotDraft { Day = "monday", Start = "14:00", End = "15:00" },
                new SlotDraft { Day = "Monday", Start = "08:00", End = "09:00" },
                new SlotDraft { Day = "sunday", Start = "20:00", End = "21:00" },
            ],
        };

        var slots = Enrolment.FromDraft(draft, Programme, default).Value.Profile.Availability;

        Assert.Equal(
            [(DayOfWeek.Sunday, 1200), (DayOfWeek.Monday, 480), (DayOfWeek.Monday, 840), (DayOfWeek.Friday, 540)],
            slots.Select(s => (s.Day, s.StartMinute)));
    }

    [Fact]
    public void Missing_required_fields_are_named()
    {
        var result = MenteeEnrolment.Create(new EnrolmentDraft { Role = "mentee" }, Programme, default);

        Assert.Equal(
            ["name", "email", "timeZone", "languages", "seniority", "channels", "availability", "goals"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Every_bad_mentor_field_is_reported_with_its_path()
    {
        var draft = new MentorBuilder().Draft with
        {
            Expertise = [],
            SkillsOffered = [new OfferedSkillDraft { Skill = "SQL", Level = "guru" }, new OfferedSkillDraft { Skill = "sql", Level = "expert" }, new OfferedSkillDraft { Skill = "Go", Level = "expert" }, null],
            Capacity = 0,
            CommunicationStyle = "shouty",
            Motivation = new string('m', MentorEnrolment.MaxMotivationLength + 1),
        };

        var result = MentorEnrolment.Create(draft, Programme, default);

        Assert.Equal(
            ["expertise", "skillsOffered[0].level", "skillsOffered[3]", "capacity", "communicationStyle", "motivation"],
            result.Errors.Select(e => e.Field));
    }

    [Fact]
    public void A_repeated_offered_skill_is_refused_on_its_name()
    {
        var draft = new MentorBuilder().Offering(("SQL", "expert"), ("sql", "advanced")).Draft;

        Assert.Equal(new("skillsOffered[1].skill", "repeats skillsOffered[0].skill"), Assert.Single(MentorEnrolment.Create(draft, Programme, default).Errors));
    }

    [Fact]
    public void Fields_of_the_other_role_are_refused_so_a_wrong_form_is_noticed()
    {
        var menteeWithMentorFields = new MenteeBuilder().Draft with { Expertise = ["sql"], Capacity = 2 };
        var mentorWithMenteeFields = new MentorBuilder().Draft with { Goals = [new GoalDraft { Text = "x" }], Wishes = new WishesDraft() };

        Assert.Equal(["expertise", "capacity"], MenteeEnrolment.Create(menteeWithMentorFields, Programme, default).Errors.Select(e => e.Field));
        Assert.Equal(["goals", "wishes"], MentorEnrolment.Create(mentorWithMenteeFields, Programme, default).Errors.Select(e => e.Field));
        Assert.Equal(["role", "expertise"], MentorEnrolment.Create(new MenteeBuilder().Draft with { Goals = null, SkillsWanted = null }, Programme, default).Errors.Select(e => e.Field));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("Mentee", true)]
    [InlineData("mentor", false)]
    [InlineData("buddy", false)]
    public void A_mentee_form_may_omit_its_role_but_never_state_another(string? role, bool accepted)
    {
        var result = MenteeEnrolment.Create(new MenteeBuilder().Draft with { Role = role }, Programme, default);

        Assert.Equal(accepted, result.IsSuccess);
        Assert.All(result.Errors, e => Assert.Equal("role", e.Field));
    }

    [Fact]
    public void Lists_are_bounded()
    {
        var draft = new MenteeBuilder().Draft with
        {
            Goals = Enumerable.Range(0, MenteeEnrolment.MaxGoals + 1).Select(i => new GoalDraft { Text = $"goal {i}" }).ToArray(),
            Languages = Enumerable.Range(0, ParticipantProfile.MaxLanguages + 1).Select(_ => "en").ToArray(),
            Availability = Enumerable.Range(0, ParticipantProfile.MaxAvailabilitySlots + 1).Select(_ => new SlotDraft()).ToArray(),
        };

        var result = MenteeEnrolment.Create(draft, Programme, default);

        Assert.Equal(
            [("languages", "must have at most 10 entries"), ("availability", "must have at most 28 slots"), ("goals", "must have at most 5 goals")],
            result.Errors.Select(e => (e.Field, e.Message)));
    }

    [Fact]
    public void A_manager_email_equal_to_ones_own_is_refused()
    {
        var draft = new MenteeBuilder().WithEmail("ana@example.org").WithManager("ANA@example.org").Draft;

        Assert.Equal(new("managerEmail", "must be someone else's email"), Assert.Single(MenteeEnrolment.Create(draft, Programme, default).Errors));
    }

    [Fact]
    public void A_slot_may_end_at_midnight_and_slots_are_kept_in_weekly_order()
    {
        var mentee = new MenteeBuilder().AvailableOn("friday 22:00-24:00", "monday 18:00-19:00", "monday 07:00-08:00").Build(Programme);

        Assert.Equal(
            [new WeeklySlot(DayOfWeek.Monday, 420, 480), new WeeklySlot(DayOfWeek.Monday, 1080, 1140), new WeeklySlot(DayOfWeek.Friday, 1320, 1440)],
            mentee.Profile.Availability);
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/Sao_Paulo", true)]
    [InlineData("Asia/Kolkata", true)]
    [InlineData("W. Europe Standard Time", false)]
    [InlineData("Europe/Atlantis", false)]
    public void Time_zones_must_be_iana_ids(string zone, bool accepted)
    {
        var result = MenteeEnrolment.Create(new MenteeBuilder().InZone(zone).Draft, Programme, default);

        Assert.Equal(accepted, result.IsSuccess);
    }

    [Theory]
    [InlineData("ana@example.org", "ana@example.org")]
    [InlineData(" Ana.B+mentoring@Mail.Example.COM\t", "Ana.B+mentoring@mail.example.com")]
    [InlineData("jo@bücher.de", "jo@xn--bcher-kva.de")]
    [InlineData("o'neil+1@a-b.c1", "o'neil+1@a-b.c1")]
    [InlineData("x@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.io", "x@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.io")]
    public void Emails_are_trimmed_and_their_domain_lower_cased(string entered, string stored)
    {
        Assert.Equal(stored, EmailAddress.Parse(entered, "email").Value.Value);
    }

    [Theory]
    [InlineData("ana")]
    [InlineData("@example.org")]
    [InlineData("ana@example")]
    [InlineData("ana@-example.org")]
    [InlineData("ana..b@example.org")]
    [InlineData("ana b@example.org")]
    [InlineData("ana@example.123")]
    [InlineData("ana@exa_mple.org")]
    [InlineData("ana@example..org")]
    [InlineData("ana@example.org.")]
    [InlineData("ana@example-.org")]
    [InlineData("ana@.example.org")]
    [InlineData("ana@aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.org")]
    [InlineData("an(a)@example.org")]
    public void Malformed_emails_are_refused(string entered)
    {
        Assert.Equal("email", Assert.Single(EmailAddress.Parse(entered, "email").Errors).Field);
    }
}
