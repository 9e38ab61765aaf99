using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Lifecycle.Matching;
using MentorFlow.Functions.Tests.Mentoring;
using MentorFlow.Functions.Tests.Support;

namespace MentorFlow.Functions.Tests.Lifecycle.Matching;

/// <summary>
/// One mentee's match reads only the managers enrolled above the mentee and the mentors: the line it draws must refuse
/// and allow exactly what a line drawn from every enrolment of the programme does; a mentor named by the
/// administrator is described with the same line.
/// </summary>
public sealed class JourneyDirectoryReportingLineTests
{
    private readonly Programme _programme = Programme.Create(Bodies.Programme(Bodies.NewProgrammeId())).Value;
    private readonly InMemoryParticipantStore _participants = new();

    [Fact]
    public async Task The_line_for_one_mentee_follows_enrolled_managers_on_both_sides_as_the_whole_programmes_line_does()
    {
        // grace -> lee (mentee) -> max (mentor): max is two levels above grace through another mentee.
        // ola (mentor) -> grace: ola reports to the mentee. ann (mentor) and the unrelated mentee sam are clear.
        var grace = await EnrolAsync(Bodies.Mentee("grace@example.org") with { ManagerEmail = "lee@example.org" });
        var lee = await EnrolAsync(Bodies.Mentee("lee@example.org", "Lee Lead") with { ManagerEmail = "max@example.org" });
        var sam = await EnrolAsync(Bodies.Mentee("sam@example.org", "Sam Side") with { ManagerEmail = "nobody@example.org" });
        var max = (MentorEnrolment)await EnrolAsync(Bodies.Mentor("max@example.org", "Max Boss"));
        var ola = (MentorEnrolment)await EnrolAsync(Bodies.Mentor("ola@example.org", "Ola Report") with { ManagerEmail = "grace@example.org" });
        var ann = (MentorEnrolment)await EnrolAsync(Bodies.Mentor("ann@example.org", "Ann Clear") with { ManagerEmail = "zed@example.org" });
        var directory = new JourneyDirectory(new InMemoryProgrammeStore(), _participants);
        MentorEnrolment[] mentors = [max, ola, ann];
        var everyone = new ReportingLine(new[] { grace, lee, sam }.Concat<Enrolment>(mentors).Select(e => e.Profile));

        var line = await directory.ReportingLineAsync(_programme, (MenteeEnrolment)grace, mentors, CancellationToken.None);

        Assert.All(mentors, mentor => Assert.Equal(everyone.Conflict(grace.Profile, mentor.Profile), line.Conflict(grace.Profile, mentor.Profile)));
        Assert.NotNull(line.Conflict(grace.Profile, max.Profile));
        Assert.NotNull(line.Conflict(grace.Profile, ola.Profile));
        Assert.Null(line.Conflict(grace.Profile, ann.Profile));
        Assert.Equal(["lee@example.org", "max@example.org"], line.ManagersOf(grace.Profile.Email));
    }

    [Fact]
    public async Task A_mentor_named_by_the_administrator_is_described_with_a_conflict_that_runs_through_another_mentee()
    {
        var programmes = new InMemoryProgrammeStore();
        await programmes.TryAddAsync(_programme.Id, Bodies.Programme(_programme.Id.Value), DateTimeOffset.UnixEpoch, CancellationToken.None);
        var grace = await EnrolAsync(Bodies.Mentee("grace@example.org") with { ManagerEmail = "lee@example.org" });
        await EnrolAsync(Bodies.Mentee("lee@example.org", "Lee Lead") with { ManagerEmail = "max@example.org" });
        var max = await EnrolAsync(Bodies.Mentor("max@example.org", "Max Boss"));
        var assess = new AssessPair(new JourneyDirectory(programmes, _participants), TimeProvider.System);

        var option = await assess.RunAsync(
            new TaskActivityContext(nameof(AssessPair), "journey", "task", CancellationToken.None),
            new PlaceRequest(_programme.Id.Value, grace.Id.Value, max.Id.Value));

        Assert.Equal(0, option.Score);
        Assert.Contains("the mentor is the mentee's manager's manager, a conflict of interest", option.Reasons);
    }

    private async Task<Enrolment> EnrolAsync(EnrolmentDraft draft)
    {
        var enrolment = Enrolment.FromDraft(draft, _programme, DateTimeOffset.UnixEpoch).Value;
        await _participants.AddAsync(
            new StoredParticipant(_programme.Id, enrolment.Id, enrolment.Role, draft, DateTimeOffset.UnixEpoch, ParticipantStatus.Active),
            CancellationToken.None);
        return enrolment;
    }
}
