using System.Buffers.Binary;
using System.Globalization;
using System.Text.RegularExpressions;

namespace StaticReader.Core.Markdown.Extensions.Figures;

/// <summary>
/// Reads an image's pixel size from its header (PNG, GIF, JPEG, WebP) or its root element (SVG), so every
/// <c>&lt;img&gt;</c> gets <c>width</c> and <c>height</c> and the page does not shift as images load. Reads only the
/// start of the file; anything it cannot read gives null (the image is shown without a size).
/// </summary>
public static partial class ImageSizeReader
{
    private const int HeaderBytes = 64 * 1024; // a JPEG's frame header follows its metadata, which is seldom longer

    /// <summary>The size of the image file at <paramref name="path"/>, or null.</summary>
    public static (int Width, int Height)? Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[(int)Math.Min(HeaderBytes, stream.Length)];
            stream.ReadExactly(buffer);
            return Of(buffer);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The size of the image whose first bytes are <paramref name="data"/>, or null.</summary>
    public static (int Width, int Height)? Of(ReadOnlySpan<byte> data)
    {
        var size = data switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] when data.Length >= 24 =>
                ((int)BinaryPrimitives.ReadUInt32BigEndian(data[16..]), (int)BinaryPrimitives.ReadUInt32BigEndian(data[20..])),
            [(byte)'G', (byte)'I', (byte)'F', ..] when data.Length >= 10 =>
                (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..])),
            [0xFF, 0xD8, ..] => Jpeg(data),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => WebP(data),
            _ => Svg(data),
        };
        return size is var (w, h) && w > 0 && h > 0 ? (w, h) : null;
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // Start-of-frame markers C0–CF, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }

    private static (int, int)? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 25)
        {
            return null;
        }

        var chunk = System.Text.Encoding.ASCII.GetString(data[12..16]);
        return chunk switch
        {
            _ when chunk != "VP8L" && data.Length < 30 => null,
            "VP8 " => (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF),
            "VP8L" => (1 + ((data[21] | data[22] << 8) & 0x3FFF), 1 + ((data[22] >> 6 | data[23] << 2 | data[24] << 10) & 0x3FFF)),
            "VP8X" => (1 + (data[24] | data[25] << 8 | data[26] << 16), 1 + (data[27] | data[28] << 8 | data[29] << 16)),
            _ => null,
        };
    }

    private static (int, int)? Svg(ReadOnlySpan<byte> data)
    {
        var text = System.Text.Encoding.UTF8.GetString(data);
        if (SvgRoot().Match(text) is not { Success: true } root)
        {
            return null;
        }

        var tag = root.Value;
        var width = Attribute(tag, "width");
        var height = Attribute(tag, "height");
        if (width is not null && height is not null)
        {
            return ((int)Math.Round(width.Value), (int)Math.Round(height.Value));
        }

        var viewBox = ViewBox().Match(tag);
        if (!viewBox.Success)
        {
            return null;
        }

        var parts = viewBox.Groups[1].Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 4
            && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var w)
            && double.TryParse(parts[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var h)
            ? ((int)Math.Round(w), (int)Math.Round(h))
            : null;
    }

    /// <summary>A width or height in pixels (a bare number or <c>px</c>); percentages and other units give null.</summary>
    private static double? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, "\\s" + name + "\\s*=\\s*[\"']\\s*([0-9.]+)\\s*(px)?\\s*[\"']");
        return match.Success && double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [GeneratedRegex("<svg\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();

    [GeneratedRegex("viewBox\\s*=\\s*[\"']([^\"']*)[\"']")]
    private static partial Regex ViewBox();
}
