using MentorFlow.Domain.Messages;
using MentorFlow.Infrastructure.Outbox;
using MentorFlow.Infrastructure.Tests.Support;

namespace MentorFlow.Infrastructure.Tests.Outbox;

public sealed class LocalOutboxTests : IDisposable
{
    private const string Invite = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:Kickoff with Zoë\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    private static readonly DateTimeOffset s_now = new(2026, 11, 22, 3, 54, 59, TimeSpan.Zero);
    private readonly TemporaryDirectory _data = new();
    private readonly InstantTimeProvider _clock = new(s_now);
    private readonly LocalOutbox _outbox;

    public LocalOutboxTests() => _outbox = new LocalOutbox(new LocalOutboxOptions { DataDirectory = _data.Path }, _clock);

    public void Dispose() => _data.Dispose();

    private string[] Emails() => Directory.GetFiles(_outbox.Directory, "*" + OutboxFileName.Extension);

    private async Task<ParsedMimePart> SendAndRead(EmailToSend email)
    {
        Assert.Equal(EmailSendOutcome.Sent, await _outbox.SendAsync(email, CancellationToken.None));
        return ParsedMimePart.Parse(await File.ReadAllTextAsync(_outbox.PathFor(email.IdempotencyKey)));
    }

    [Fact]
    public async Task An_email_lands_in_the_outbox_folder_of_the_data_directory()
    {
        await _outbox.SendAsync(new EmailToSendBuilder().Build(), CancellationToken.None);

        var file = Assert.Single(Emails());
        Assert.Equal(Path.Combine(_data.Path, "outbox"), Path.GetDirectoryName(file));
        Assert.StartsWith("journey-42_kickoff-invite-", Path.GetFileName(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_headers_name_sender_recipients_subject_date_message_id_and_key()
    {
        var message = await SendAndRead(new EmailToSendBuilder().Build());

        Assert.Equal("\"MentorFlow\" <mentorflow@localhost>", message.Headers["From"]);
        Assert.Equal("\"Ada Mentee\" <ada@example.org>", message.Headers["To"]);
        Assert.Equal("\"Grace Mentor\" <grace@example.org>", message.Headers["Cc"]);
        Assert.Equal("Your mentorship kickoff in Leaders 2026", message.Headers["Subject"]);
        Assert.Equal("Sun, 22 Nov 2026 03:54:59 +0000", message.Headers["Date"]);
        Assert.Equal("journey-42/kickoff-invite", message.Headers[EmlWriter.KeyHeader]);
        Assert.Equal("1.0", message.Headers["MIME-Version"]);
        Assert.Matches("^<[0-9a-f]{32}@localhost>$", message.Headers["Message-ID"]);
    }

    [Fact]
    public async Task The_message_id_follows_from_the_key()
    {
        var first = await SendAndRead(new EmailToSendBuilder().WithKey("journey-1/welcome").Build());
        var second = await SendAndRead(new EmailToSendBuilder().WithKey("journey-2/welcome").Build());

        Assert.Equal(EmlWriter.MessageId("journey-1/welcome", new MailRecipient("mentorflow@localhost")), first.Headers["Message-ID"]);
        Assert.NotEqual(first.Headers["Message-ID"], second.Headers["Message-ID"]);
    }

    [Fact]
    public async Task Without_an_invite_the_text_comes_before_the_html_and_both_decode_to_the_input()
    {
        const string text = "Bonjour Zoë,\r\n\r\nVotre réunion est lundi. 日本語 🎉\r\n" + "A long line that goes on and on well past seventy-six characters so base64 must wrap it.";
        const string html = "<p>Bonjour Zoë,</p><p>Votre réunion est <b>lundi</b>. 日本語 🎉</p>";

        var message = await SendAndRead(new EmailToSendBuilder().WithBodies(text, html).Build());

        Assert.Equal("multipart/alternative", message.MediaType);
        Assert.Collection(
            message.Parts,
            plain =>
            {
                Assert.Equal("text/plain; charset=UTF-8", plain.Headers["Content-Type"]);
                Assert.Equal(text, plain.DecodedBody);
            },
            rich =>
            {
                Assert.Equal("text/html; charset=UTF-8", rich.Headers["Content-Type"]);
                Assert.Equal(html, rich.DecodedBody);
            });
    }

    [Fact]
    public async Task An_invite_travels_as_a_calendar_part_after_the_html_and_as_an_ics_attachment()
    {
        var message = await SendAndRead(new EmailToSendBuilder().WithInvite(InviteMethod.Request, Invite).Build());

        Assert.Equal("multipart/mixed", message.MediaType);
        Assert.Equal(2, message.Parts.Count);
        var alternative = message.Parts[0];
        Assert.Equal("multipart/alternative", alternative.MediaType);
        Assert.Equal(new[] { "text/plain", "text/html", "text/calendar" }, alternative.Parts.Select(p => p.MediaType));
        Assert.Equal("text/calendar; method=REQUEST; charset=UTF-8", alternative.Parts[2].Headers["Content-Type"]);
        Assert.Equal(Invite, alternative.Parts[2].DecodedBody);
        var attachment = message.Parts[1];
        Assert.Equal("application/ics", attachment.MediaType);
        Assert.Equal("attachment; filename=\"invite.ics\"", attachment.Headers["Content-Disposition"]);
        Assert.Equal(Invite, attachment.DecodedBody);
    }

    [Fact]
    public async Task A_cancellation_says_method_cancel_in_its_calendar_part()
    {
        var message = await SendAndRead(new EmailToSendBuilder().WithInvite(InviteMethod.Cancel, Invite.Replace("REQUEST", "CANCEL", StringComparison.Ordinal)).Build());

        Assert.Equal("text/calendar; method=CANCEL; charset=UTF-8", message.Parts[0].Parts[2].Headers["Content-Type"]);
    }

    [Theory]
    [InlineData("Votre réunion de lancement")]
    [InlineData("Ваша встреча с наставником в программе лидерства 2026 — подтверждение и план")]
    [InlineData("メンタリングの開始ミーティングのご案内 🎉")]
    public async Task A_non_ascii_subject_is_encoded_in_words_that_decode_back(string subject)
    {
        var email = new EmailToSendBuilder().WithSubject(subject).Build();
        await _outbox.SendAsync(email, CancellationToken.None);
        var raw = await File.ReadAllTextAsync(_outbox.PathFor(email.IdempotencyKey));

        Assert.True(raw.All(char.IsAscii), "the file is plain ASCII");
        var subjectLines = raw.Split("\r\n").SkipWhile(l => !l.StartsWith("Subject:", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("Subject:", StringComparison.Ordinal) || l.StartsWith(' '));
        Assert.All(subjectLines, line => Assert.InRange(line.Length, 1, 76));
        Assert.Equal(subject, ParsedMimePart.DecodeWords(ParsedMimePart.Parse(raw).Headers["Subject"]));
    }

    [Fact]
    public async Task A_non_ascii_display_name_is_encoded()
    {
        var message = await SendAndRead(new EmailToSendBuilder().WithTo(new MailRecipient("zoe@example.org", "Zoë Øvergård")).WithoutCc().Build());

        Assert.Equal("Zoë Øvergård <zoe@example.org>", ParsedMimePart.DecodeWords(message.Headers["To"]));
        Assert.DoesNotContain("Cc", message.Headers.Keys);
    }

    [Fact]
    public async Task The_same_key_twice_gives_one_email()
    {
        var first = new EmailToSendBuilder().Build();
        var retried = new EmailToSendBuilder().WithSubject("A retry that rendered differently").Build();

        Assert.Equal(EmailSendOutcome.Sent, await _outbox.SendAsync(first, CancellationToken.None));
        var written = await File.ReadAllBytesAsync(_outbox.PathFor(first.IdempotencyKey));
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(EmailSendOutcome.AlreadySent, await _outbox.SendAsync(retried, CancellationToken.None));

        Assert.Single(Emails());
        Assert.Equal(written, await File.ReadAllBytesAsync(_outbox.PathFor(first.IdempotencyKey)));
        Assert.Single(await File.ReadAllLinesAsync(Path.Combine(_outbox.Directory, LocalOutbox.IndexFileName)));
    }

    [Fact]
    public async Task A_second_outbox_over_the_same_directory_also_sees_the_email_as_sent()
    {
        var email = new EmailToSendBuilder().Build();
        await _outbox.SendAsync(email, CancellationToken.None);

        var restarted = new LocalOutbox(new LocalOutboxOptions { DataDirectory = _data.Path }, _clock);

        Assert.Equal(EmailSendOutcome.AlreadySent, await restarted.SendAsync(email, CancellationToken.None));
        Assert.Single(Emails());
    }

    [Fact]
    public async Task A_temporary_file_left_by_a_crash_is_ignored_and_removed_once_old()
    {
        Directory.CreateDirectory(_outbox.Directory);
        var email = new EmailToSendBuilder().Build();
        var name = Path.GetFileName(_outbox.PathFor(email.IdempotencyKey));
        var crashed = Path.Combine(_outbox.Directory, $".{name}.0123456789abcdef{OutboxFileName.TemporaryExtension}");
        await File.WriteAllTextAsync(crashed, "From: half a message");
        File.SetLastWriteTimeUtc(crashed, (s_now - TimeSpan.FromHours(2)).UtcDateTime);
        var inFlight = Path.Combine(_outbox.Directory, $".other.eml.fedcba9876543210{OutboxFileName.TemporaryExtension}");
        await File.WriteAllTextAsync(inFlight, "From: a write under way");
        File.SetLastWriteTimeUtc(inFlight, (s_now - TimeSpan.FromMinutes(1)).UtcDateTime);

        var outcome = await _outbox.SendAsync(email, CancellationToken.None);

        Assert.Equal(EmailSendOutcome.Sent, outcome);
        Assert.Equal(email.Content.Subject, ParsedMimePart.Parse(await File.ReadAllTextAsync(_outbox.PathFor(email.IdempotencyKey))).Headers["Subject"]);
        Assert.False(File.Exists(crashed));
        Assert.True(File.Exists(inFlight));
        Assert.Single(Emails());
    }

    [Fact]
    public async Task Concurrent_sends_of_different_keys_all_land()
    {
        var keys = Enumerable.Range(1, 40).Select(i => $"journey-{i}/check-in-request-1").ToList();

        var outcomes = await Task.WhenAll(keys.Select(k => Task.Run(() => _outbox.SendAsync(new EmailToSendBuilder().WithKey(k).Build(), CancellationToken.None))));

        Assert.All(outcomes, o => Assert.Equal(EmailSendOutcome.Sent, o));
        Assert.Equal(keys.Count, Emails().Length);
        var indexed = (await File.ReadAllLinesAsync(Path.Combine(_outbox.Directory, LocalOutbox.IndexFileName))).Select(l => l.Split('\t')[1]);
        Assert.Equal(keys.Select(OutboxFileName.For).Order(), indexed.Order());
        Assert.Empty(Directory.GetFiles(_outbox.Directory, "*" + OutboxFileName.TemporaryExtension));
    }

    [Fact]
    public async Task Concurrent_sends_of_one_key_write_it_once()
    {
        var email = new EmailToSendBuilder().Build();
        var outboxes = Enumerable.Range(0, 8).Select(_ => new LocalOutbox(new LocalOutboxOptions { DataDirectory = _data.Path }, _clock)).ToList();

        var outcomes = await Task.WhenAll(outboxes.Select(o => Task.Run(() => o.SendAsync(email, CancellationToken.None))));

        Assert.Single(outcomes, o => o == EmailSendOutcome.Sent);
        Assert.Single(Emails());
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("line\r\nbreak")]
    [InlineData("")]
    public async Task A_key_that_cannot_travel_in_a_header_is_refused(string key)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _outbox.SendAsync(new EmailToSendBuilder().WithKey(key).Build(), CancellationToken.None));
    }

    [Fact]
    public void Keys_that_slug_alike_get_different_file_names()
    {
        Assert.NotEqual(OutboxFileName.For("journey-1/a"), OutboxFileName.For("journey-1:a"));
        Assert.DoesNotContain('/', OutboxFileName.For("journey-1/a"));
    }
}
