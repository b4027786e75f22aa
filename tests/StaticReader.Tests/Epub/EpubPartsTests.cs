using StaticReader.Core.Emit.Epub;

namespace StaticReader.Tests.Epub;

/// <summary>The small parts of the EPUB build: reading HTML as XHTML, the identifier, the modification date, the size label.</summary>
public sealed class EpubPartsTests
{
    [Fact]
    public void Html_named_entities_become_characters_and_xml_ones_stay()
    {
        var (root, error) = XhtmlFragment.Parse("<p>a&nbsp;b &amp; c &mdash; &lt;d&gt;<br /></p>");
        Assert.Null(error);
        Assert.Equal("a\u00a0b & c \u2014 <d>", root!.Value);
    }

    [Fact]
    public void Html_that_is_not_well_formed_xml_is_an_error_with_its_position()
    {
        var (root, error) = XhtmlFragment.Parse("<p>one</p>\n<p>two <br> three</p>");
        Assert.Null(root);
        Assert.NotNull(error);
        Assert.Equal(2, error!.Value.Line);
    }

    [Fact]
    public void Identifier_is_the_rfc_name_based_uuid_of_the_text_url()
    {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, "https://reader.example/texts/us-china-ai-race-june-2025/")
        Assert.Equal("urn:uuid:0e299e6e-ca0a-5a9b-bf3b-48bc639d910a", EpubMetadata.Identifier("https://reader.example/texts/us-china-ai-race-june-2025/"));
        Assert.NotEqual(EpubMetadata.Identifier("https://a.example/texts/t/"), EpubMetadata.Identifier("https://b.example/texts/t/"));
    }

    [Theory]
    [InlineData("2025-06-23", "2025-06-23T00:00:00Z")]
    [InlineData("2025-06", "2025-06-01T00:00:00Z")]
    [InlineData("2025", "2025-01-01T00:00:00Z")]
    public void Content_dates_of_any_precision_give_the_modification_date(string date, string expected) =>
        Assert.Equal(expected, EpubMetadata.W3c(EpubMetadata.Parse(date)!.Value));

    [Theory]
    [InlineData(812, "812 bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(50917, "50 KB")]
    [InlineData(1_300_000, "1.3 MB")]
    public void Sizes_read_in_human_units(long bytes, string expected) => Assert.Equal(expected, EpubSize.Format(bytes));
}
