using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Calendar;
using MentorFlow.Infrastructure.Outbox;
using MentorFlow.Infrastructure.Tests.Calendar;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Outbox;

public sealed class OutboxInviteTests : IDisposable
{
    private readonly TemporaryDirectory _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_written_invite_and_its_cancellation_reach_the_outbox_intact()
    {
        var clock = new InstantTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var writer = new InviteCalendarWriter(clock);
        var outbox = new LocalOutbox(new LocalOutboxOptions { DataDirectory = _data.Path }, clock);
        var request = writer.Write(new MeetingInviteBuilder().WithAttendees(new InvitePerson("zoe@example.org", "Zoë Øvergård")).Build());
        var cancel = writer.Write(new MeetingInviteBuilder().WithAttendees(new InvitePerson("zoe@example.org", "Zoë Øvergård")).Cancelled(sequence: 1).Build());

        await outbox.SendAsync(new EmailToSendBuilder().WithKey("journey-42/review-3-invite").WithInvite(InviteMethod.Request, request).Build(), CancellationToken.None);
        await outbox.SendAsync(new EmailToSendBuilder().WithKey("journey-42/review-3-cancel").WithInvite(InviteMethod.Cancel, cancel).Build(), CancellationToken.None);

        var invited = ParsedMimePart.Parse(await File.ReadAllTextAsync(outbox.PathFor("journey-42/review-3-invite")));
        var cancelled = ParsedMimePart.Parse(await File.ReadAllTextAsync(outbox.PathFor("journey-42/review-3-cancel")));
        Assert.Equal(request, invited.Parts[0].Parts[2].DecodedBody);
        Assert.Equal(cancel, cancelled.Parts[1].DecodedBody);
        var invitedEvent = ParsedCalendar.Parse(invited.Parts[1].DecodedBody).Root.Child("VEVENT");
        var cancelledEvent = ParsedCalendar.Parse(cancelled.Parts[0].Parts[2].DecodedBody).Root.Child("VEVENT");
        Assert.Equal(invitedEvent.Value("UID"), cancelledEvent.Value("UID"));
        Assert.Equal("Zoë Øvergård", cancelledEvent.Property("ATTENDEE").Parameters["CN"]);
    }
}
