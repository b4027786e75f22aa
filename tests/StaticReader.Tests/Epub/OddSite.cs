using StaticReader.Tests.Support;

namespace StaticReader.Tests.Epub;

/// <summary>
/// A site with the content an EPUB is most likely to get wrong: Unicode and CJK titles, characters XML escapes, a table,
/// an image from assets/, a quote with its caption, a citation, a very long note with several paragraphs, and a term
/// written in Chinese that links inside Chinese text.
/// </summary>
public static class OddSite
{
    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    /// <summary>The text's slug.</summary>
    public const string Text = "odd";

    public static TempSite Create()
    {
        var site = new TempSite();
        site.Write("site.yml", "title: \"Ünïcode & <Reader> 读本\"\nbaseUrl: https://odd.example/sub/\nlanguage: en\nauthor: \"Tests & Co.\"\n");
        site.WriteBytes("assets/pixel.png", Pixel);
        site.Write("glossary/suanli.md", "---\ntitle: 算力\nsummary: 计算能力 (compute), written in Chinese.\naliases: [计算能力]\n---\n算力是训练和运行模型所需的计算能力。See also [[cache & co|Cache & Co]].\n");
        site.Write("glossary/cache.md", "---\ntitle: Cache & Co\nsummary: A term whose title holds an ampersand & \"quotes\".\n---\nA cache keeps <things> close. It has a note.[^c]\n\n[^c]: A note inside a glossary entry, whose id must not clash with the text's.\n");
        site.Write("sources/example-report.md", "---\ntitle: \"An example report: 中文 & more\"\nauthors: [Ann Example]\npublisher: Example Institute\ndate: 2024-05\ntype: report\nurl: https://example.org/report\n---\nA source for the tests.\n");
        site.Write("explainers/elsewhere.md", "---\ntitle: Elsewhere\ndate: 2024-01-02\n---\nAn explainer the text links to.\n");
        var longNote = string.Join(" ", Enumerable.Repeat("This very long note goes on, with “curly quotes”, an ampersand &amp; a less-than sign <, and 中文字符, so that a reader must scroll.", 150));
        site.Write($"texts/{Text}.md", $$"""
            ---
            title: "Ünïcode & “quotes”: 中国的算力 <test>"
            summary: A text with odd content for the EPUB tests.
            date: 2024-06-01
            updated: 2024-07-15
            source: { outlet: "Example Outlet & Sons", author: "Zhang Wei 张伟", url: "https://example.org/article", date: 2024-05-30, note: "Written for the tests." }
            ---
            ## 第一节：中文

            中国的算力正在快速增长。==这一句有注释==[^cjk] See [[elsewhere]].

            [^cjk]: 一个中文注释，with a [link](https://example.org/) and a citation [@example-report, p. 3].

            ## Tables & images

            | System | Chips | Note |
            |:--|--:|---|
            | Rack & row | 72 | <b>not bold</b> |
            | Cluster | 384 | 算力 |

            ![A one-pixel test image](/assets/pixel.png)

            ## Quotes

            > A quoted passage with ==a highlighted span==[^long] and a non-breaking&nbsp;space.
            >
            > — Ann Example, *Example Outlet*

            [^long]: {{longNote}}

                A second paragraph of the same long note, with `code & <tags>`.

            Back to the text, citing [@example-report] again and linking [Cache & Co](/glossary/cache/).
            """);
        return site;
    }
}
