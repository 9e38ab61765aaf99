using System.Text.Json.Nodes;
using MentorFlow.Infrastructure.Graph;
using MentorFlow.Infrastructure.Graph.Scheduling;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Graph;

/// <summary>Slot proposals from getSchedule answers served by a loopback server.</summary>
public sealed class SlotProposalWireTests
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Default = new(2026, 3, 9, 16, 0, 0, TimeSpan.Zero);

    private static SlotSearch Search(WeeklyHours? menteePreference = null) => new()
    {
        Participants = [new SlotParticipant("mentee@example.org", menteePreference), new SlotParticipant("mentor@example.org")],
        WindowStart = Monday,
        WindowEnd = Monday.AddDays(1),
        Duration = TimeSpan.FromHours(1),
        DefaultStart = Default,
    };

    /// <summary>A 24-hour availability view in 15-minute steps from Monday 00:00 UTC, busy ('2') between two UTC hours.</summary>
    private static string View(double busyFromHour, double busyToHour) =>
        new([.. Enumerable.Range(0, 96).Select(i => i / 4.0 >= busyFromHour && i / 4.0 < busyToHour ? '2' : '0')]);

    private static string Schedules(string menteeItems, string mentorView) => $$$"""
        {"value":[
          {"scheduleId":"mentee@example.org","availabilityView":"{{{new string('0', 96)}}}",
           "scheduleItems":[{{{menteeItems}}}],
           "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"17:00:00.0000000","timeZone":{"name":"UTC"} } },
          {"scheduleId":"mentor@example.org","availabilityView":"{{{mentorView}}}","scheduleItems":[],
           "workingHours":{"daysOfWeek":["monday","tuesday","wednesday","thursday","friday"],"startTime":"09:00:00.0000000","endTime":"17:00:00.0000000","timeZone":{"name":"Eastern Standard Time"} } }
        ]}
        """;

    private const string MenteeBusyAfterLunch = """{"status":"busy","start":{"dateTime":"2026-03-09T13:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-09T14:30:00.0000000","timeZone":"UTC"}}""";

    [Fact]
    public async Task Proposes_the_earliest_hour_both_are_free_within_both_working_days()
    {
        // Mentee works 09-17 UTC, mentor 09-17 New York (13-21 UTC in March, daylight time): overlap 13-17 UTC.
        // The mentee is busy 13:00-14:30 and the mentor 14:30-15:00, so 15:00 is the first free hour.
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, Schedules(MenteeBusyAfterLunch, View(14.5, 15))));

        var result = await GraphWire.Calendar(server).ProposeSlotAsync(Search(), CancellationToken.None);

        Assert.Equal(Monday.AddHours(15), result.Value.Start);
        Assert.Equal(Monday.AddHours(16), result.Value.End);
        Assert.False(result.Value.IsFallback);
        Assert.Empty(result.Value.SchedulesUnavailable);
    }

    [Fact]
    public async Task Asks_getSchedule_on_the_organizers_calendar_for_both_participants_over_the_window()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, Schedules(MenteeBusyAfterLunch, View(0, 0))));

        await GraphWire.Calendar(server).ProposeSlotAsync(Search(), CancellationToken.None);

        var sent = Assert.Single(server.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/v1.0/users/" + GraphWire.Organizer + "/calendar/getSchedule", sent.Path);
        var body = JsonNode.Parse(sent.Body);
        Assert.Equal(["mentee@example.org", "mentor@example.org"], JsonProperty.Get(body, "schedules")!.AsArray().Select(s => (string?)s));
        Assert.Equal("2026-03-09T00:00:00", (string?)JsonProperty.Get(JsonProperty.Get(body, "startTime"), "dateTime"));
        Assert.Equal("2026-03-10T00:00:00", (string?)JsonProperty.Get(JsonProperty.Get(body, "endTime"), "dateTime"));
        Assert.Equal(15, (int)JsonProperty.Get(body, "availabilityViewInterval")!);
    }

    [Fact]
    public async Task A_participants_preferred_hours_narrow_the_choice()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, Schedules(MenteeBusyAfterLunch, View(14.5, 15))));
        var lateAfternoon = WeeklyHours.Weekdays(new TimeOnly(16, 0), new TimeOnly(18, 0), TimeZoneInfo.Utc);

        var result = await GraphWire.Calendar(server).ProposeSlotAsync(Search(lateAfternoon), CancellationToken.None);

        Assert.Equal(Monday.AddHours(16), result.Value.Start);
    }

    [Fact]
    public async Task Falls_back_to_the_default_slot_when_no_common_free_hour_exists()
    {
        const string menteeBusyAllDay = """{"status":"oof","start":{"dateTime":"2026-03-09T00:00:00.0000000","timeZone":"UTC"},"end":{"dateTime":"2026-03-10T00:00:00.0000000","timeZone":"UTC"}}""";
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, Schedules(menteeBusyAllDay, View(0, 0))));

        var result = await GraphWire.Calendar(server).ProposeSlotAsync(Search(), CancellationToken.None);

        Assert.True(result.Value.IsFallback);
        Assert.Equal(Default, result.Value.Start);
        Assert.Equal(Default.AddHours(1), result.Value.End);
    }

    [Fact]
    public async Task A_mailbox_graph_cannot_read_is_reported_and_only_the_other_constrains_the_slot()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(200, $$$"""
            {"value":[
              {"scheduleId":"mentee@example.org","error":{"message":"The mailbox was not found.","responseCode":"ErrorMailRecipientNotFound"}},
              {"scheduleId":"mentor@example.org","availabilityView":"{{{View(0, 0)}}}","scheduleItems":[],
               "workingHours":{"daysOfWeek":["monday"],"startTime":"10:00:00.0000000","endTime":"12:00:00.0000000","timeZone":{"name":"UTC"} } }
            ]}
            """));

        var result = await GraphWire.Calendar(server).ProposeSlotAsync(Search(), CancellationToken.None);

        Assert.Equal(["mentee@example.org"], result.Value.SchedulesUnavailable);
        Assert.Equal(Monday.AddHours(10), result.Value.Start);
    }

    [Fact]
    public async Task A_forbidden_getSchedule_is_a_refused_result()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => ScriptedResponse.Json(403,
            """{"error":{"code":"ErrorAccessDenied","message":"Access is denied. Check credentials and try again."}}"""));

        var result = await GraphWire.Calendar(server).ProposeSlotAsync(Search(), CancellationToken.None);

        Assert.Equal(CalendarFailureKind.Refused, result.Failure);
        Assert.Equal("ErrorAccessDenied", result.ErrorCode);
    }
}
