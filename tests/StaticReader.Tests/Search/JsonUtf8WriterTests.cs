using System.Text;
using StaticReader.Core.Search;
using Xunit;

namespace StaticReader.Tests.Search;

/// <summary>
/// <see cref="JsonUtf8Writer.WriteString(string)"/> encodes most strings straight into its buffer and the rest through
/// <see cref="JsonUtf8Writer.EncodeString"/>, whose output the lunr.js compatibility tests check byte for byte against
/// <c>JSON.stringify</c>. Both paths must write the same bytes, across buffer flushes, and count them.
/// </summary>
public sealed class JsonUtf8WriterTests
{
    public static TheoryData<string> Strings => new()
    {
        "",
        "plain ascii",
        "é 中文 😀 ﬁ",                          // two, three and four UTF-8 bytes
        "quote \" backslash \\ tab \t newline \n", // escaped: the slow path
        "line separator \u2028 stays as text",
        "lone \uD800 surrogate",
        "trailing high \uD83D",
        new string('é', 21_844),                  // the longest two-byte run whose worst case still fits the buffer
        new string('中', 21_845),                 // one more: past the buffer, written unbuffered
        new string('a', 70_000),
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void WriteStringWritesWhatEncodeStringEncodes(string value)
    {
        // Text before and after, so the string lands mid-buffer and forces a flush whichever path it takes.
        string before = new('x', 40_000);
        byte[] expected = [.. JsonUtf8Writer.EncodeString(before), .. JsonUtf8Writer.EncodeString(value), .. ","u8, .. JsonUtf8Writer.EncodeString(value)];

        using var stream = new MemoryStream();
        long written;
        using (var writer = new JsonUtf8Writer(stream))
        {
            writer.WriteString(before);
            writer.WriteString(value);
            writer.WriteByte((byte)',');
            writer.WriteString(value.AsSpan());
            written = writer.Written;
        }

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected.Length, written);
    }
}
