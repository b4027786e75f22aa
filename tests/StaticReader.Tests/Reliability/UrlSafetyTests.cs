using StaticReader.Core.Markdown.Extensions.SafeUrls;

namespace StaticReader.Tests.Reliability;

/// <summary>
/// The scheme check that guards every link: web, mail, site and fragment links pass; any other scheme is named, however
/// it is spelled (case, white space or control characters inside it, letters that only look like ASCII).
/// </summary>
public sealed class UrlSafetyTests
{
    [Theory]
    [InlineData("https://example.org/a")]
    [InlineData("HTTP://example.org")]
    [InlineData("hTtPs:x")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("MailTo:someone@example.org")]
    [InlineData("/texts/a/")]
    [InlineData("/a:b")]
    [InlineData("#note:1")]
    [InlineData("?q=a:b")]
    [InlineData("texts/a/")]
    [InlineData(":no-scheme")]
    [InlineData("")]
    [InlineData("ht tp://example.org")] // white space is dropped, as a browser drops it: http
    [InlineData("\thttps://example.org")]
    public void Safe_links_pass(string url) => Assert.Null(UrlSafety.UnsafeScheme(url));

    [Theory]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("JavaScript:alert(1)", "javascript")]
    [InlineData("java\tscript:alert(1)", "javascript")]
    [InlineData(" javascript:alert(1)", "javascript")]
    [InlineData("java\u0001script:alert(1)", "javascript")]
    [InlineData("data:text/html,x", "data")]
    [InlineData("vbscript:x", "vbscript")]
    [InlineData("https2:x", "https2")]
    [InlineData("ma\u0131lto:x", "ma\u0131lto")] // a dotless i: it upper-cases to I, but it is not mailto
    [InlineData("\u0131ttp:x", "\u0131ttp")]
    [InlineData("http\u017F:x", "http\u017F")] // a long s, which upper-cases to S
    public void Other_schemes_are_named(string url, string scheme) => Assert.Equal(scheme, UrlSafety.UnsafeScheme(url));
}
