using System.Diagnostics;

namespace MentorFlow.Durable;

/// <summary>
/// A lock file held open with no sharing: one holder at a time, across processes, and the operating system lets go of
/// it when the holder exits, however it exits, so a killed host never leaves it behind.
/// </summary>
internal static class ExclusiveFileLock
{
    /// <summary>
    /// Takes the lock at <paramref name="path"/>, waiting up to <paramref name="wait"/> for a holder that is still
    /// stopping (a host being replaced can start before the old one has let go).
    /// </summary>
    /// <exception cref="IOException">Held by another holder for all of <paramref name="wait"/>; its message is <paramref name="heldMessage"/>.</exception>
    public static FileStream Take(string path, TimeSpan wait, string heldMessage)
    {
        long started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException exception) when (exception is not FileNotFoundException and not DirectoryNotFoundException)
            {
                if (Stopwatch.GetElapsedTime(started) >= wait)
                {
                    throw new IOException(heldMessage, exception);
                }

                Thread.Sleep(50);
            }
        }
    }
}
