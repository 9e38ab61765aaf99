using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Intake;
using MentorFlow.Functions.Lifecycle.Meetings;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>
/// One mentee's journey through a programme: intake, matching (by the programme's mode), the agreement with its
/// kickoff, one generation per review cycle (ContinueAsNew), and a final generation for the final reviews and the
/// close-out, at the end of the term or early on request. The steps are split by phase over the partial files beside
/// this one; each reads like that part of the lifecycle. The custom status is always a <see cref="JourneyStatus"/>.
/// </summary>
[DurableTask(OrchestrationNames.MenteeJourney)]
public sealed partial class MenteeJourney : TaskOrchestrator<JourneyInput, JourneyOutcome>
{
    private static readonly TaskOptions Retry = TaskOptions.FromRetryPolicy(
        new RetryPolicy(maxNumberOfAttempts: 5, firstRetryInterval: TimeSpan.FromSeconds(5), backoffCoefficient: 2, maxRetryInterval: TimeSpan.FromMinutes(5)));

    private TaskOrchestrationContext _context = null!;
    private EventWaiter _events = null!;
    private JourneyInput _input = null!;
    private JourneyRef _journey = null!;
    private Programme _programme = null!;
    private string? _mentorshipId;
    private string? _mentorId;
    private int? _cycle;
    private bool _atRisk;
    private IReadOnlyList<string>? _riskReasons;
    private IReadOnlyList<BookedMeeting>? _meetings;

    private DateTimeOffset Now => new(DateTime.SpecifyKind(_context.CurrentUtcDateTime, DateTimeKind.Utc));

    public override async Task<JourneyOutcome> RunAsync(TaskOrchestrationContext context, JourneyInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        _context = context;
        _events = new EventWaiter(context);
        _input = input;
        _journey = new JourneyRef(context.InstanceId, input.ProgrammeId, input.ParticipantId);
        if (input.Reviews is { } reviews)
        {
            _mentorshipId = reviews.MentorshipId;
            _mentorId = reviews.MentorId;
            _atRisk = reviews.AtRisk;
            _riskReasons = reviews.RiskReasons;
            _meetings = reviews.UpcomingMeetings;
        }

        if (input.Reviews is { Closing: { } round })
        {
            Status(JourneyStages.Closing, "the final reviews to be asked for", round.Deadline);
        }
        else if (input.Reviews is { } next)
        {
            Status(JourneyStages.Review, $"review cycle {next.Cycle} to be scheduled", null);
        }
        else
        {
            Status(JourneyStages.Intake, "the enrolment to be stored", null);
        }

        _programme = Programme.Create(await CallAsync<ProgrammeDraft>(nameof(ReadProgramme), input.ProgrammeId)).Value;
        if (input.Reviews is { } carried)
        {
            return carried.Closing is { } closing ? await FinalReviewAsync(carried, closing) : await ReviewCycleAsync(carried);
        }

        var admission = await CallAsync<Admission>(nameof(AdmitParticipant), input.Enrolment);
        if (!admission.Admitted)
        {
            Status(JourneyStages.Closed, "nothing: the enrolment was refused", null);
            return new JourneyOutcome(JourneyStages.Closed, null, null, "enrolment refused: " + admission.Problem);
        }

        await CallAsync<bool>(nameof(SendMenteeWelcome), _journey);
        var matched = await MatchAsync();
        if (matched is { EarlyClose: { } beforeMatch })
        {
            return await CloseBeforeMentorshipAsync(beforeMatch);
        }

        return await AgreeAsync(matched.TermStart);
    }

    private Task<T> CallAsync<T>(string activity, object input) => _context.CallActivityAsync<T>(activity, input, Retry);

    private void Status(string stage, string waitingFor, DateTimeOffset? until) =>
        _context.SetCustomStatus(new JourneyStatus(
            stage, waitingFor, until, _mentorshipId, _mentorId, _cycle, _atRisk, _riskReasons, stage == JourneyStages.Review ? _meetings : null));

    private string MentorshipIdFor(int attempt) =>
        JourneyIds.Mentorship(_programme.Id, new ParticipantId(_input.ParticipantId), attempt);

    /// <summary>An answer counts only when it names the current mentorship; a late answer to an earlier proposal is ignored.</summary>
    private bool IsCurrent(string mentorshipId) => mentorshipId == _mentorshipId;

    /// <summary>The deadline <paramref name="deadline"/> with the programme's reminders before it still to come.</summary>
    private DeadlineReminders RemindersFor(DateTimeOffset deadline) => new(deadline, _programme.Deadlines.RemindersBefore(deadline, Now));

    /// <summary>
    /// Waits for one of <paramref name="names"/> until the deadline, sending each reminder still due before it through
    /// <paramref name="remind"/> (by reminder number); null once the deadline passes.
    /// </summary>
    private async Task<JourneyEvent?> WaitWithRemindersAsync(DeadlineReminders reminders, Func<int, Task> remind, params string[] names)
    {
        while (true)
        {
            var next = reminders.Next;
            var received = await _events.NextAsync(next?.At ?? reminders.Deadline, names);
            if (received is not null)
            {
                return received;
            }

            if (next is not { } reminder)
            {
                return null;
            }

            reminders.MarkSent();
            await remind(reminder.Number);
        }
    }

    /// <summary>An early-close request for the current mentorship (or, before any proposal, for the journey), when valid.</summary>
    private EarlyCloseRequested? AsEarlyClose(JourneyEvent received)
    {
        var request = received.As<EarlyCloseRequested>();
        var valid = EarlyCloseRequest.Create(request.By, request.Reason, Now).IsSuccess;
        return valid && (_mentorshipId is null || IsCurrent(request.MentorshipId)) ? request : null;
    }
}
