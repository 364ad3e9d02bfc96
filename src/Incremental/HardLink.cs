using System.Runtime.InteropServices;
using Sitecast.Output;

namespace Sitecast.Incremental;

/// <summary>A second name for an existing file (no bytes copied), where the file system supports it.</summary>
internal static partial class HardLink
{
    /// <summary>Links <paramref name="created"/> to <paramref name="existing"/>; false when that is not possible here.</summary>
    public static bool TryCreate(string existing, string created)
    {
        try
        {
            return OperatingSystem.IsWindows()
                ? CreateHardLinkW(created, existing, IntPtr.Zero)
                : Link(existing, created) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string created);

    [DllImport("kernel32.dll", CharSet = CharSet.Unicode, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool CreateHardLinkW(string created, string existing, IntPtr securityAttributes);
}
