using System.Globalization;
using System.Text;

namespace MentorFlow.Durable.CrashHost;

/// <summary>
/// An append-only file of activity runs. Activities run at least once, so a step may appear more than once (run
/// again after a kill); the test checks that every step appears at least once.
/// </summary>
internal sealed class StepJournal(string path)
{
    private readonly Lock _gate = new();

    public void Append(string instanceId, int step)
    {
        var line = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{instanceId},{step}\n"));
        lock (_gate)
        {
            // Written through to the OS before the activity reports success: a killed process loses nothing written.
            using var file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
            file.Write(line);
        }
    }
}
