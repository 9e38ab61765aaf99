using System.Globalization;
using System.Net.Mail;
using System.Text;
using MentorFlow.Domain.Messages;

namespace MentorFlow.Infrastructure.Outbox;

/// <summary>
/// The embedded email transport: each email becomes one <c>.eml</c> file in <c>{DataDirectory}/outbox/</c> that a
/// person can open in any mail client. Sending is idempotent on the email's key and safe against crashes: the
/// message is written to a temporary file, flushed to disk, then linked to its key's file name in one step that
/// refuses an existing name, so one key gives at most one email even when two workers race. A crash
/// leaves at worst a temporary file, which readers ignore and a later send deletes once it is old.
/// <c>index.tsv</c> lists the files in the order they were first written (time, file name); it is a convenience for
/// sorting, and a crash between the move and the index line leaves an email that is only missing from the index.
/// </summary>
public sealed class LocalOutbox : IEmailSender
{
    public const string IndexFileName = "index.tsv";

    private readonly LocalOutboxOptions _options;
    private readonly TimeProvider _clock;
    private readonly MailRecipient _sender;
    private readonly Lock _indexGate = new();
    private int _cleaned;

    public LocalOutbox(LocalOutboxOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
        _sender = new MailRecipient(options.SenderEmail, options.SenderName);
        Directory = options.OutboxDirectory;
    }

    public string Directory { get; }

    public string PathFor(string idempotencyKey) => Path.Combine(Directory, OutboxFileName.For(idempotencyKey));

    public async Task<EmailSendOutcome> SendAsync(EmailToSend email, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        EnsureWritable(email);
        System.IO.Directory.CreateDirectory(Directory);
        if (Interlocked.Exchange(ref _cleaned, 1) == 0)
        {
            RemoveAbandonedTemporaryFiles();
        }

        var fileName = OutboxFileName.For(email.IdempotencyKey);
        var target = Path.Combine(Directory, fileName);
        if (File.Exists(target))
        {
            return EmailSendOutcome.AlreadySent;
        }

        var now = _clock.GetUtcNow();
        var bytes = Encoding.ASCII.GetBytes(EmlWriter.Write(email, _sender, now));
        // A dot-prefixed, unique temporary name: never mistaken for an email, never shared by two writers.
        var temporary = Path.Combine(Directory, $".{fileName}.{Guid.NewGuid():N}{OutboxFileName.TemporaryExtension}");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true))
            {
                await stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            if (!ExclusivePublish.TryPublish(temporary, target))
            {
                return EmailSendOutcome.AlreadySent;
            }
        }
        finally
        {
            // After publishing, the temporary name is a second link to the email; after a failure, a partial file.
            File.Delete(temporary);
        }

        AppendToIndex(now, fileName);
        return EmailSendOutcome.Sent;
    }

    /// <summary>Deletes temporary files older than <see cref="LocalOutboxOptions.AbandonedAfter"/>: writes that crashed.</summary>
    public int RemoveAbandonedTemporaryFiles()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return 0;
        }

        var cutoff = _clock.GetUtcNow() - _options.AbandonedAfter;
        var removed = 0;
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*" + OutboxFileName.TemporaryExtension))
        {
            // A younger temporary file may belong to a write still under way in another process.
            if (File.GetLastWriteTimeUtc(file) < cutoff.UtcDateTime)
            {
                File.Delete(file);
                removed++;
            }
        }

        return removed;
    }

    private static void EnsureWritable(EmailToSend email)
    {
        // The key travels in a header and the addresses in the To and Cc lines: anything that could break a header
        // is a bug in the caller, not an outcome to report.
        if (email.IdempotencyKey.Length is 0 or > 200 || email.IdempotencyKey.Any(c => c is < '!' or > '~'))
        {
            throw new ArgumentException("An idempotency key is 1 to 200 printable ASCII characters without spaces.", nameof(email));
        }

        if (email.To.Count == 0)
        {
            throw new ArgumentException("An email needs at least one recipient.", nameof(email));
        }

        foreach (var recipient in email.To.Concat(email.Cc))
        {
            if (!MailAddress.TryCreate(recipient.Email, out var parsed) || parsed.Address != recipient.Email)
            {
                throw new ArgumentException("A recipient is not a plain email address.", nameof(email));
            }
        }
    }

    private void AppendToIndex(DateTimeOffset writtenAt, string fileName)
    {
        var line = writtenAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + "\t" + fileName + "\n";
        lock (_indexGate)
        {
            using var stream = new FileStream(Path.Combine(Directory, IndexFileName), FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            stream.Write(Encoding.UTF8.GetBytes(line));
        }
    }
}
