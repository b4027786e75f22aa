using StaticReader.Core.Content;

namespace StaticReader.Cli;

/// <summary>The files <c>init</c> and <c>new</c> write: front matter a writer fills in, and a few lines showing the syntax.</summary>
public static class Scaffold
{
    /// <summary>The folder of each kind that <c>new</c> accepts.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folders = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["text"] = "texts",
        ["term"] = "glossary",
        ["explainer"] = "explainers",
        ["page"] = "pages",
    };

    /// <summary>
    /// A new file of <paramref name="kind"/> titled <paramref name="title"/>, whose front matter names its schema in
    /// <c>schemas/</c> beside <c>input/</c> (see <see cref="SchemaFiles"/>).
    /// </summary>
    public static string For(string kind, string title)
    {
        var quoted = "\"" + title.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
        var body = kind switch
        {
            "term" => $"""
                ---
                title: {quoted}
                summary: One or two sentences that define {title}; previews and search show them.
                kind: concept
                aliases: []
                related: []
                ---
                Explain {title} for a curious reader: what it is, why it matters here, and how it relates to other terms (link any page with `[[its-slug]]`).

                """,
            "text" => $"""
                ---
                title: {quoted}
                summary: What this text is and why it is worth reading.
                source: {"{"} outlet: "", author: "", url: "" {"}"}
                ---
                ## First section

                Paste the text here. Anchor a note on ==an exact phrase==[^first-note].

                [^first-note]: The note, in your own words.

                """,
            "explainer" => $"""
                ---
                title: {quoted}
                summary: One sentence on what this explainer makes clear.
                ---
                ## The question

                Glossary terms link themselves wherever you mention them. Link any page with `[[its-slug]]`.

                """,
            _ => $"""
                ---
                title: {quoted}
                ---
                Write the page here.

                """,
        };

        // The modeline goes inside the front matter, after the opening '---': an editor reads the YAML block there, and
        // to the loader it is a comment.
        return "---\n" + SchemaFiles.ModelineFor(kind, depth: 2) + "\n" + body["---\n".Length..];
    }

    /// <summary>The slug <c>new</c> gives a title.</summary>
    public static string SlugOf(string title) => Slugs.FromText(title);
}
