using System.Text;
using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>
/// The checks a slug gets when a file is loaded: <see cref="Slugs.Problem"/>, plus a length limit, because a slug
/// becomes a folder name and file systems refuse names longer than 255 bytes.
/// </summary>
internal static class SlugRules
{
    /// <summary>The longest slug accepted, in bytes of UTF-8 (leaves room below the usual 255-byte limit).</summary>
    public const int MaxBytes = 200;

    /// <summary>How to fix any slug problem.</summary>
    public const string Hint = "set 'slug:' to a few lower-case words joined by hyphens, e.g. slug: my-page";

    /// <summary>Explains what is wrong with <paramref name="slug"/>, or returns null when it is valid.</summary>
    public static string? Problem(string slug)
    {
        if (Slugs.Problem(slug) is { } problem)
        {
            return problem;
        }

        var bytes = Encoding.UTF8.GetByteCount(slug);
        return bytes > MaxBytes
            ? $"the slug is too long: {bytes} bytes of UTF-8, at most {MaxBytes} (it becomes a folder name)"
            : null;
    }
}
