using System.Runtime.InteropServices;

namespace MentorFlow.Infrastructure.Outbox;

/// <summary>
/// Gives a fully written file its final name unless that name is taken, as one atomic step. <see cref="File.Move(string, string, bool)"/>
/// is not enough on Unix: without overwrite it checks that the target is absent and then renames, and a second
/// writer can slip in between and be replaced. link(2) refuses an existing name atomically; on Windows the move
/// itself (MoveFileEx without replace) already does.
/// </summary>
internal static class ExclusivePublish
{
    /// <summary>True when <paramref name="target"/> now names the file; false when it already named another.</summary>
    public static bool TryPublish(string written, string target)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(written, target, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(target))
            {
                return false;
            }
        }

        if (NativeMethods.link(written, target) == 0)
        {
            return true;
        }

        var error = Marshal.GetLastPInvokeError();
        return error == NativeMethods.AlreadyExists
            ? false
            : throw new IOException($"Could not publish an outbox file (errno {error}).");
    }
}
