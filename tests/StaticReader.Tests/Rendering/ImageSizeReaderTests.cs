using System.Text;
using StaticReader.Core.Markdown.Extensions.Figures;

namespace StaticReader.Tests.Rendering;

/// <summary>Image sizes read from file headers, for width and height on every image of the site's assets.</summary>
public sealed class ImageSizeReaderTests
{
    [Fact]
    public void Png_size_is_read_from_its_header_chunk()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x03, 0x20, 0, 0, 0x02, 0x58, 8, 2, 0, 0, 0];
        Assert.Equal((800, 600), ImageSizeReader.Of(png));
    }

    [Fact]
    public void Gif_size_is_read_little_endian()
    {
        var gif = Encoding.ASCII.GetBytes("GIF89a").Concat(new byte[] { 0x40, 0x01, 0xF0, 0x00, 0, 0, 0 }).ToArray();
        Assert.Equal((320, 240), ImageSizeReader.Of(gif));
    }

    [Fact]
    public void Jpeg_size_is_read_from_the_frame_header_after_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x06, (byte)'J', (byte)'F', (byte)'I', (byte)'F', // APP0, 4 bytes of payload
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00, // Huffman tables: C4 is no frame header
            0xFF, 0xC2, 0x00, 0x11, 0x08, 0x01, 0xE0, 0x02, 0x80, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, // progressive frame, 480 × 640
        ];
        Assert.Equal((640, 480), ImageSizeReader.Of(jpeg));
    }

    [Fact]
    public void WebP_lossy_lossless_and_extended_sizes_are_read()
    {
        static byte[] WebP(string chunk, byte[] payload) =>
            Encoding.ASCII.GetBytes("RIFF").Concat(new byte[4]).Concat(Encoding.ASCII.GetBytes("WEBP" + chunk)).Concat(new byte[4]).Concat(payload).ToArray();

        // VP8: a frame tag and start code, then 14-bit width and height.
        Assert.Equal((400, 300), ImageSizeReader.Of(WebP("VP8 ", [0, 0, 0, 0x9D, 0x01, 0x2A, 0x90, 0x01, 0x2C, 0x01])));
        // VP8L: signature 0x2F, then width-1 and height-1 in 14 bits each: 99 and 49 → 100 × 50.
        var bits = 99u | (49u << 14);
        Assert.Equal((100, 50), ImageSizeReader.Of(WebP("VP8L", [0x2F, (byte)bits, (byte)(bits >> 8), (byte)(bits >> 16), (byte)(bits >> 24), 0, 0, 0, 0])));
        // VP8X: flags, reserved, then canvas width-1 and height-1 in 24 bits each.
        Assert.Equal((1920, 1080), ImageSizeReader.Of(WebP("VP8X", [0, 0, 0, 0, 0x7F, 0x07, 0x00, 0x37, 0x04, 0x00])));
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80px\">", 120, 80)]
    [InlineData("<?xml version=\"1.0\"?>\n<svg viewBox=\"0 0 300.4 150\" xmlns=\"http://www.w3.org/2000/svg\">", 300, 150)]
    [InlineData("<svg width=\"100%\" height=\"100%\" viewBox=\"0,0,64,32\">", 64, 32)]
    public void Svg_size_comes_from_its_width_and_height_or_its_viewbox(string svg, int width, int height) =>
        Assert.Equal((width, height), ImageSizeReader.Of(Encoding.UTF8.GetBytes(svg + "</svg>")));

    [Theory]
    [InlineData("not an image")]
    [InlineData("<svg width=\"50%\">")]
    [InlineData("GIF8")]
    public void Anything_unreadable_has_no_size(string text) => Assert.Null(ImageSizeReader.Of(Encoding.UTF8.GetBytes(text)));
}
