using MentorFlow.Infrastructure.Graph.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Calendar.GetSchedule;
using Microsoft.Graph.Users.Item.Events.Item.Cancel;
using Microsoft.Kiota.Abstractions;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>
/// Books, moves and cancels mentoring meetings in the organizer's calendar through Microsoft Graph, reads the
/// attendees' answers, and proposes a slot from the participants' free/busy. Graph's failures come back as
/// <see cref="CalendarResult{T}"/> values; throttling has already been retried by the SDK's retry handler.
/// </summary>
public sealed partial class GraphMeetingCalendar
{
    /// <summary>The granularity of getSchedule's availability view, in minutes.</summary>
    private const int AvailabilityInterval = 15;

    private readonly GraphServiceClient _graph;
    private readonly string _organizer;
    private readonly ILogger<GraphMeetingCalendar> _logger;

    public GraphMeetingCalendar(GraphServiceClient graph, IOptions<GraphOptions> options, ILogger<GraphMeetingCalendar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _graph = graph;
        _organizer = options.Value.Organizer ?? throw new InvalidOperationException("Graph__Organizer is required.");
        _logger = logger;
    }

    public async Task<CalendarResult<BookedMeeting>> CreateMeetingAsync(MeetingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = request.Validate();
        if (errors.Count > 0)
        {
            return CalendarResult<BookedMeeting>.Invalid(errors);
        }

        var transactionId = MeetingTransactionId.For(request.IdempotencyKey);
        var meeting = new Event
        {
            Subject = request.Subject,
            Body = new ItemBody { ContentType = BodyType.Html, Content = MeetingBody.ToHtml(request) },
            Start = GraphTime.ToGraph(request.Start),
            End = GraphTime.ToGraph(request.End),
            Attendees = [.. request.Attendees.Select(ToAttendee)],
            IsOnlineMeeting = true,
            OnlineMeetingProvider = OnlineMeetingProviderType.TeamsForBusiness,
            IsReminderOn = true,
            ReminderMinutesBeforeStart = request.ReminderMinutesBefore,
            TransactionId = transactionId,
        };

        var result = await CallAsync("create", transactionId, async () =>
        {
            var created = await _graph.Users[_organizer].Events.PostAsync(meeting, PreferUtc, cancellationToken);
            return ToBooked(created ?? throw new InvalidOperationException("Graph answered a create with no event."));
        });
        if (result.IsSuccess)
        {
            LogCreated(transactionId, result.Value.EventId);
        }

        return result;
    }

    public Task<CalendarResult<BookedMeeting>> RescheduleMeetingAsync(string eventId, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        if (end <= start)
        {
            return Task.FromResult(CalendarResult<BookedMeeting>.Invalid([new("end", "The meeting must end after it starts.")]));
        }

        var change = new Event { Start = GraphTime.ToGraph(start), End = GraphTime.ToGraph(end) };
        return CallAsync("reschedule", eventId, async () =>
        {
            var updated = await _graph.Users[_organizer].Events[eventId].PatchAsync(change, PreferUtc, cancellationToken);
            return ToBooked(updated ?? throw new InvalidOperationException("Graph answered an update with no event."));
        });
    }

    /// <summary>Cancels the meeting for everyone; Graph sends the attendees a cancellation with the comment.</summary>
    public Task<CalendarResult<string>> CancelMeetingAsync(string eventId, string comment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return CallAsync("cancel", eventId, async () =>
        {
            await _graph.Users[_organizer].Events[eventId].Cancel.PostAsync(new CancelPostRequestBody { Comment = comment }, cancellationToken: cancellationToken);
            return eventId;
        });
    }

    /// <summary>
    /// Replaces the meeting's attendees (to add a group's new mentee, or to take out one who left); Graph sends the
    /// update to those invited and the cancellation to those taken out.
    /// </summary>
    public Task<CalendarResult<BookedMeeting>> SetAttendeesAsync(string eventId, IReadOnlyList<MeetingAttendee> attendees, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(attendees);
        var change = new Event { Attendees = [.. attendees.Select(ToAttendee)] };
        return CallAsync("set attendees", eventId, async () =>
        {
            var updated = await _graph.Users[_organizer].Events[eventId].PatchAsync(change, PreferUtc, cancellationToken);
            return ToBooked(updated ?? throw new InvalidOperationException("Graph answered an update with no event."));
        });
    }

    public Task<CalendarResult<IReadOnlyList<AttendeeResponse>>> GetAttendeeResponsesAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return CallAsync<IReadOnlyList<AttendeeResponse>>("read responses", eventId, async () =>
        {
            var found = await _graph.Users[_organizer].Events[eventId].GetAsync(
                configuration =>
                {
                    configuration.QueryParameters.Select = ["attendees"];
                    configuration.Headers.Add("Prefer", GraphTime.PreferUtc);
                },
                cancellationToken);
            return [.. (found?.Attendees ?? []).Select(ToResponse)];
        });
    }

    /// <summary>
    /// Proposes the earliest slot in the window at which every participant is free (getSchedule on their
    /// mailboxes: app-only <c>findMeetingTimes</c> is not allowed) and inside both their mailbox's working hours
    /// and their preferred hours; the search's default start when there is none.
    /// </summary>
    public async Task<CalendarResult<ProposedSlot>> ProposeSlotAsync(SlotSearch search, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        var errors = search.Validate();
        if (errors.Count > 0)
        {
            return CalendarResult<ProposedSlot>.Invalid(errors);
        }

        var schedules = await CallAsync("get schedule", _organizer, async () =>
        {
            var response = await _graph.Users[_organizer].Calendar.GetSchedule.PostAsGetSchedulePostResponseAsync(
                new GetSchedulePostRequestBody
                {
                    Schedules = [.. search.Participants.Select(p => p.Email)],
                    StartTime = GraphTime.ToGraph(search.WindowStart),
                    EndTime = GraphTime.ToGraph(search.WindowEnd),
                    AvailabilityViewInterval = AvailabilityInterval,
                },
                PreferUtc,
                cancellationToken);
            return response?.Value ?? [];
        });
        if (!schedules.IsSuccess)
        {
            return CalendarResult<ProposedSlot>.Failed(schedules.Failure!.Value, schedules.StatusCode, schedules.ErrorCode, schedules.Message);
        }

        var unavailable = new List<string>();
        var calendars = new List<ParticipantCalendar>();
        foreach (var participant in search.Participants)
        {
            var schedule = schedules.Value.FirstOrDefault(s => string.Equals(s.ScheduleId, participant.Email, StringComparison.OrdinalIgnoreCase));
            if (schedule is null || schedule.Error is not null)
            {
                // Graph could not read this mailbox (not found, no permission): only the preference constrains.
                unavailable.Add(participant.Email);
                schedule = null;
            }

            var calendar = GraphSchedules.ToParticipantCalendar(schedule, participant.Preferred, search.WindowStart, AvailabilityInterval);
            calendars.Add(participant.Unavailable is { Count: > 0 } unavailableTimes ? calendar with { Busy = [.. calendar.Busy, .. unavailableTimes] } : calendar);
        }

        var start = FreeSlotFinder.FindEarliest(search.WindowStart, search.WindowEnd, search.Duration, search.Step, calendars);
        var slot = start is { } found
            ? new ProposedSlot(found, found + search.Duration, IsFallback: false, unavailable)
            : new ProposedSlot(search.DefaultStart, search.DefaultStart + search.Duration, IsFallback: true, unavailable);
        LogProposed(slot.IsFallback, unavailable.Count);
        return CalendarResult<ProposedSlot>.Success(slot);
    }

    private static void PreferUtc<T>(RequestConfiguration<T> configuration)
        where T : class, new() => configuration.Headers.Add("Prefer", GraphTime.PreferUtc);

    private static Attendee ToAttendee(MeetingAttendee attendee) => new()
    {
        EmailAddress = new EmailAddress { Address = attendee.Email, Name = attendee.Name },
        Type = AttendeeType.Required,
    };

    private static BookedMeeting ToBooked(Event graphEvent) => new(
        graphEvent.Id ?? throw new InvalidOperationException("Graph returned an event without an id."),
        graphEvent.ICalUId,
        graphEvent.WebLink,
        graphEvent.OnlineMeeting?.JoinUrl,
        GraphTime.FromGraph(graphEvent.Start) ?? default,
        GraphTime.FromGraph(graphEvent.End) ?? default,
        graphEvent.Attendees is { } attendees
            ? [.. attendees.Where(a => a.EmailAddress?.Address is not null).Select(a => new MeetingAttendee(a.EmailAddress!.Address!, a.EmailAddress.Name))]
            : null);

    private static AttendeeResponse ToResponse(Attendee attendee) => new(
        attendee.EmailAddress?.Address ?? string.Empty,
        attendee.EmailAddress?.Name,
        attendee.Status?.Response switch
        {
            ResponseType.Organizer => MeetingResponse.Organizer,
            ResponseType.TentativelyAccepted => MeetingResponse.TentativelyAccepted,
            ResponseType.Accepted => MeetingResponse.Accepted,
            ResponseType.Declined => MeetingResponse.Declined,
            ResponseType.NotResponded => MeetingResponse.NotResponded,
            _ => MeetingResponse.None,
        },
        // Graph reports 0001-01-01 for "no answer yet".
        attendee.Status?.Time is { Year: > 1 } time ? time : null);

    private async Task<CalendarResult<T>> CallAsync<T>(string operation, string subject, Func<Task<T>> call)
    {
        try
        {
            return CalendarResult<T>.Success(await call());
        }
        catch (ODataError error)
        {
            return Fail<T>(operation, subject, error.ResponseStatusCode, error.Error?.Code, error.Error?.Message ?? error.Message);
        }
        catch (ApiException error)
        {
            return Fail<T>(operation, subject, error.ResponseStatusCode, null, error.Message);
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0 && error.InnerExceptions.All(e => e is ApiException))
        {
            // The retry handler gives up on a persistent 429/503/504 with every attempt's exception.
            var last = (ApiException)error.InnerExceptions[^1];
            return Fail<T>(operation, subject, last.ResponseStatusCode, null, last.Message);
        }
        catch (HttpRequestException error)
        {
            return Fail<T>(operation, subject, null, null, error.Message);
        }
    }

    private CalendarResult<T> Fail<T>(string operation, string subject, int? status, string? code, string message)
    {
        var kind = status switch
        {
            404 => CalendarFailureKind.NotFound,
            429 => CalendarFailureKind.Throttled,
            null or 408 or >= 500 => CalendarFailureKind.Unavailable,
            _ => CalendarFailureKind.Refused,
        };
        LogFailed(operation, subject, kind, status, code);
        return CalendarResult<T>.Failed(kind, status, code, message);
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Graph meeting created with transaction {TransactionId} as event {EventId}")]
    private partial void LogCreated(string transactionId, string eventId);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Warning, Message = "Graph {Operation} for {Subject} failed: {Kind} (status {Status}, code {Code})")]
    private partial void LogFailed(string operation, string subject, CalendarFailureKind kind, int? status, string? code);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Information, Message = "Graph slot proposed (fallback: {IsFallback}; schedules unavailable: {Unavailable})")]
    private partial void LogProposed(bool isFallback, int unavailable);
}
