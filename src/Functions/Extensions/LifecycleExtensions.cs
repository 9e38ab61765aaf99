using MentorFlow.Domain.Meetings;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Lifecycle.Agreements;
using MentorFlow.Functions.Lifecycle.CloseOut;
using MentorFlow.Functions.Lifecycle.Cohort;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Lifecycle.Journey;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Functions.Lifecycle.Matching;
using MentorFlow.Functions.Lifecycle.Meetings;
using MentorFlow.Functions.Lifecycle.Reviews;
using MentorFlow.Infrastructure.Calendar;

namespace MentorFlow.Functions.Extensions;

public static class LifecycleExtensions
{
    /// <summary>
    /// The mentorship lifecycle: its orchestrations (mentee journey, mentor intake, cohort matching run), their
    /// activities, the mentor pause, and the embedded meeting booker (invites as emails with an iCalendar part, slots
    /// from the participants' weekly availability), which <c>AddMeetings</c> replaces when Microsoft Graph is
    /// configured. The stores and the email transport are registered by their own <c>Add…</c> calls.
    /// </summary>
    public static IHostApplicationBuilder AddLifecycle(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(sp => new InviteCalendarWriter(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new MeetingOrganizer("mentorflow@localhost", "MentorFlow"));
        services.AddSingleton<EmailMeetingBooker>();
        services.AddSingleton<IMeetingBooker>(sp => sp.GetRequiredService<EmailMeetingBooker>());
        services.AddSingleton<IMeetingSlotFinder, AvailabilitySlotFinder>();
        services.AddScoped<JourneyDirectory>();
        services.AddScoped<JourneyMail>();
        services.AddScoped<MentorPause>();
        services.AddScoped<IMentorPause>(sp => sp.GetRequiredService<MentorPause>());
        services.AddScoped<WaitingJourneys>();
        services.AddDurableTask(durable => durable
            .AddOrchestrator<MenteeJourney>()
            .AddOrchestrator<MentorIntake>()
            .AddOrchestrator<CohortMatchingRun>()
            .AddActivity<ReadProgramme>()
            .AddActivity<AdmitParticipant>()
            .AddActivity<SendMenteeWelcome>()
            .AddActivity<SendMentorWelcome>()
            .AddActivity<JoinPool>()
            .AddActivity<FindWaitingJourneys>()
            .AddActivity<FindMentors>()
            .AddActivity<AssessPair>()
            .AddActivity<HoldPlace>()
            .AddActivity<ReleasePlace>()
            .AddActivity<AcceptPlace>()
            .AddActivity<SendMatchProposal>()
            .AddActivity<SendMentorRequest>()
            .AddActivity<SendApprovalRequest>()
            .AddActivity<SendMentorSuggestions>()
            .AddActivity<SendWaitlistNotice>()
            .AddActivity<SendRematchEscalation>()
            .AddActivity<SendAgreementRequest>()
            .AddActivity<SendAgreementConfirmationRequest>()
            .AddActivity<SendAgreementReminder>()
            .AddActivity<SendAgreementEscalation>()
            .AddActivity<BookMeeting>()
            .AddActivity<CancelMeeting>()
            .AddActivity<ReadGroupAnchor>()
            .AddActivity<SendCheckInRequest>()
            .AddActivity<SendMeetingReminder>()
            .AddActivity<SendAtRiskAlert>()
            .AddActivity<SendEarlyCloseConfirmation>()
            .AddActivity<SendFinalReviewRequest>()
            .AddActivity<SendCloseOutSummaries>()
            .AddActivity<MatchCohort>());
        return builder;
    }
}
