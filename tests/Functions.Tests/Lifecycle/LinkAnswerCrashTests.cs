using System.Globalization;
using System.Net;
using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Tests.Lifecycle.Support;
using MentorFlow.Functions.Tests.Participants;
using MentorFlow.Functions.Tests.Support;
using static MentorFlow.Functions.Tests.Lifecycle.Support.LifecycleDrafts;

namespace MentorFlow.Functions.Tests.Lifecycle;

/// <summary>A participant's answer through a link survives a crash between raising it and using the link up.</summary>
public abstract class LinkAnswerCrashTests(LifecycleStorage storage) : LifecycleTests(storage)
{
    [Theory]
    [InlineData(false, HttpStatusCode.OK)]
    [InlineData(true, HttpStatusCode.Gone)]
    public async Task A_crash_while_the_link_is_used_up_loses_no_agreement_and_the_retry_makes_no_second_revision(bool afterRecording, HttpStatusCode retried)
    {
        await using var host = NewHost(configureServices: services => LedgerFailsOnce.Stage(services, afterRecording));
        var programme = await host.AddProgrammeAsync(DemoProgramme());
        await host.EnrolMentorAsync(programme, Mentor("Max Mentor"));
        var journey = await host.EnrolMenteeAsync(programme, Mentee("Ana Mentee"));
        var mentorshipId = await host.AcceptAsync(journey);
        var request = await host.WaitForEmailAsync($"{journey}/agreement-request");
        var link = Assert.Single(request.Links, l => l.AbsolutePath.EndsWith("/submit-agreement", StringComparison.Ordinal)).PathAndQuery;
        var form = new AgreementFormBuilder()
            .With("goals[0].targetDate", host.Clock.GetUtcNow().AddMinutes(25).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Build();
        var pages = new PageClient(host.CreateClient());

        Assert.Equal(HttpStatusCode.InternalServerError, (await pages.PostAsync(link, form)).Status);
        Assert.Equal(retried, (await pages.PostAsync(link, form)).Status);
        var used = await pages.PostAsync(link, form);
        Assert.Equal(HttpStatusCode.Gone, used.Status);
        Assert.Contains("what was sent with it was received", used.Html, StringComparison.Ordinal);

        // One answer: the mentor confirms revision 1 and the reviews begin; no second revision was asked for.
        await host.WaitForStageAsync(journey, JourneyStages.Agreement, "confirmation of the agreement by the mentor");
        await host.RaiseAsync(journey, JourneyEvents.AgreementConfirmed, new AgreementConfirmed(mentorshipId, MentorshipRole.Mentor, 1));
        await host.WaitForStageAsync(journey, JourneyStages.Review);
        Assert.Single(host.Outbox(), e => e.Key.StartsWith($"{journey}/agreement-confirmation/", StringComparison.Ordinal));
    }
}
