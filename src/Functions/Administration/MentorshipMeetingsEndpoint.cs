using System.Text.Json;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Management;
using MentorFlow.Infrastructure.Graph;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Administration;

/// <summary>
/// <c>GET /api/mentorships/{id}/meetings</c>: the meetings the mentorship's journey has booked and not yet held (from
/// its status), each with the attendees' answers read from the organizer's calendar when Microsoft Graph is configured.
/// A meeting Graph no longer holds (cancelled or deleted by a person) is listed with the problem instead of answers.
/// </summary>
public static class MentorshipMeetingsEndpoint
{
    public static async Task<IResult> ReadAsync(
        string id, [FromServices] DurableTaskClient client, [FromServices] IServiceProvider services, CancellationToken cancellationToken)
    {
        var mentorship = MentorshipKey.Parse(id, "id");
        if (!mentorship.IsSuccess)
        {
            return ManagementResults.BadParameters(mentorship.Errors);
        }

        var key = mentorship.Value;
        var journey = await client.GetInstanceAsync(key.JourneyId, getInputsAndOutputs: true, cancellationToken: cancellationToken);
        if (journey is null)
        {
            return AdministrationResults.JourneyNotFound(key.Value, key.JourneyId);
        }

        var status = ReadStatus(journey);
        var booked = status?.MentorshipId == key.Value ? status.Meetings ?? [] : [];
        var graph = services.GetService<GraphMeetingCalendar>();
        var meetings = new List<MentorshipMeeting>();
        foreach (var meeting in booked.OrderBy(m => m.StartsAt))
        {
            IReadOnlyList<MeetingAnswer>? answers = null;
            string? problem = null;
            if (graph is not null && meeting.CalendarEventId is { } eventId)
            {
                var read = await graph.GetAttendeeResponsesAsync(eventId, cancellationToken);
                answers = read.IsSuccess
                    ? [.. read.Value.Where(r => r.Response != MeetingResponse.Organizer).Select(r => new MeetingAnswer(r.Email, r.Name, JsonNamingPolicy.CamelCase.ConvertName(r.Response.ToString()), r.RespondedAt))]
                    : null;
                problem = read.IsSuccess ? null : read.Failure == CalendarFailureKind.NotFound
                    ? "The organizer's calendar no longer holds this meeting (cancelled or deleted)."
                    : $"Graph could not be read: {read.Failure}.";
            }
            else if (graph is not null)
            {
                problem = "This meeting was booked by email before Graph was configured; answers are not read back.";
            }

            meetings.Add(new MentorshipMeeting(
                meeting.Key, JsonNamingPolicy.CamelCase.ConvertName(meeting.Kind.ToString()), meeting.Cycle, meeting.StartsAt, meeting.EndsAt, meeting.CalendarEventId, answers, problem));
        }

        return TypedResults.Ok(new MentorshipMeetings(key.Value, key.JourneyId, graph is null ? "email" : "graph", meetings));
    }

    private static JourneyStatus? ReadStatus(OrchestrationMetadata journey)
    {
        try
        {
            return journey.ReadCustomStatusAs<JourneyStatus>();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
