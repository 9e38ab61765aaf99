using System.Runtime.InteropServices;

namespace MentorFlow.Infrastructure.Outbox;

internal static class NativeMethods
{
    public const int AlreadyExists = 17; // EEXIST on Linux and macOS

    /// <summary>link(2): gives a file a second name, failing with EEXIST when that name is taken, atomically.</summary>
#pragma warning disable CA2101 // Both paths are marshalled explicitly as UTF-8, which is what libc expects on Unix.
    [DllImport("libc", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);
#pragma warning restore CA2101
}
