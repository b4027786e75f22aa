using System.Runtime.InteropServices;

namespace StaticReader.Core.Output;

/// <summary>
/// Exchanges two folders in one step where the OS allows it (Linux <c>renameat2(RENAME_EXCHANGE)</c>),
/// so that a crash at any moment leaves either the old site or the new one in place, never neither.
/// </summary>
internal static partial class AtomicSwap
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Swaps <paramref name="a"/> and <paramref name="b"/>; returns false when the OS cannot do it atomically.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old C library without renameat2
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int oldDirFd, string oldPath, int newDirFd, string newPath, uint flags);
}
