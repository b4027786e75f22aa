using System.Globalization;
using System.Net;
using System.Text;
using StaticReader.Core.Content;
using StaticReader.Core.Indexing;

namespace StaticReader.Core.Markdown.Extensions.Citations;

/// <summary>
/// Writes a source's short label and its full reference, in the site's citation style. A title in square brackets is
/// descriptive (we have not confirmed the work's headline) and is shown as written, not quoted as a headline.
/// </summary>
public static class CitationFormatter
{
    private const int AuthorsListed = 3;
    private const int TitleWords = 3;

    /// <summary>Words that mark an author as an organization, whose whole name is its short form ("Qwen Team", not "Team").</summary>
    private static readonly HashSet<string> OrganizationWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "team", "initiative", "institute", "institution", "agency", "organization", "organisation", "org", "project", "group",
        "lab", "labs", "inc", "inc.", "ltd", "ltd.", "university", "council", "foundation", "society", "association",
        "department", "bureau", "administration", "commission", "ministry", "centre", "center", "company", "corporation",
    };

    /// <summary>"Reuters" (no authors: the outlet or publisher), "Hass", "Cao and Chen" or "Zuo et al.".</summary>
    public static string ShortAuthor(PageEntry source)
    {
        var reference = source.Document.FrontMatter.Reference;
        var authors = reference?.Authors ?? [];
        return authors.Count switch
        {
            0 => reference?.Container ?? ShortTitle(source.Title),
            1 => Surname(authors[0]),
            2 => Surname(authors[0]) + " and " + Surname(authors[1]),
            _ => Surname(authors[0]) + " et al.",
        };
    }

    /// <summary>The year a source was published, or "n.d." (no date).</summary>
    public static string Year(PageEntry source) =>
        source.Document.FrontMatter.Date is { Length: >= 4 } date ? date[..4] : "n.d.";

    /// <summary>A date as a reader reads it: "23 June 2025", "June 2025" or "2025".</summary>
    public static string ReadableDate(string date)
    {
        var parts = date.Split('-');
        if (parts.Length < 2 || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return date;
        }

        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return parts.Length == 3 ? $"{int.Parse(parts[2], CultureInfo.InvariantCulture)} {name} {parts[0]}" : $"{name} {parts[0]}";
    }

    /// <summary>The full reference of a source as HTML (escaped), without the link to the site's own page.</summary>
    public static string ReferenceHtml(PageEntry source, CitationStyle style, SourceLabels labels)
    {
        var front = source.Document.FrontMatter;
        var reference = front.Reference ?? new SourceReference([], null, null, null, null, null, null);
        var html = new StringBuilder();
        var authors = Authors(reference.Authors);
        var containerShown = false;
        if (authors.Length > 0)
        {
            // "Zuo et al." already ends its sentence: no second full stop.
            html.Append(Escape(authors)).Append(authors.EndsWith('.') ? " " : ". ");
        }
        else if (reference.Container is { } container)
        {
            html.Append("<cite>").Append(Escape(container)).Append("</cite>. ");
            containerShown = true;
        }

        if (style == CitationStyle.AuthorDate)
        {
            html.Append(Escape(labels.Year(source.Slug))).Append(". ");
        }

        html.Append(Title(front.Title, reference.Type)).Append(' ');
        var where = new List<string>();
        if (!containerShown && reference.Outlet is { } outlet)
        {
            where.Add("<cite>" + Escape(outlet) + "</cite>");
        }

        if (reference.Publisher is { } publisher && !(containerShown && reference.Outlet is null))
        {
            where.Add(Escape(publisher));
        }

        if (front.Date is { Length: > 4 } date || (style == CitationStyle.Numeric && front.Date is not null))
        {
            where.Add(Escape(ReadableDate(front.Date!)));
        }

        if (where.Count > 0)
        {
            html.Append(string.Join(", ", where)).Append(". ");
        }

        if (reference.Doi is { } doi)
        {
            html.Append("doi:<a href=\"https://doi.org/").Append(WebUtility.HtmlEncode(Uri.EscapeDataString(doi).Replace("%2F", "/", StringComparison.Ordinal)))
                .Append("\" rel=\"external\">").Append(Escape(doi)).Append("</a>. ");
        }

        if (reference.Url is { } url)
        {
            html.Append("<a href=\"").Append(WebUtility.HtmlEncode(url)).Append("\" rel=\"external\">").Append(Escape(url)).Append("</a>");
            html.Append(reference.Accessed is { } accessed ? $" (accessed {Escape(ReadableDate(accessed))}). " : ". ");
        }

        return html.ToString().TrimEnd();
    }

    /// <summary>The full reference as plain text (for JSON-LD and search).</summary>
    public static string ReferenceText(PageEntry source, CitationStyle style, SourceLabels labels) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(ReferenceHtml(source, style, labels), "<[^>]*>", ""));

    /// <summary>"A", "A and B", "A, B and C", or the first three and "et al.".</summary>
    public static string Authors(IReadOnlyList<string> authors) => authors.Count switch
    {
        0 => "",
        1 => authors[0],
        <= AuthorsListed => string.Join(", ", authors.Take(authors.Count - 1)) + " and " + authors[^1],
        _ => string.Join(", ", authors.Take(AuthorsListed)) + " et al.",
    };

    private static string Title(string title, string? type)
    {
        if (title.StartsWith('['))
        {
            return Escape(title) + ".";
        }

        var end = title.EndsWith('?') || title.EndsWith('!') || title.EndsWith('.') ? "" : ".";
        return type is "book" or "report" or "dataset"
            ? "<i>" + Escape(title) + "</i>" + end
            : "\u201C" + Escape(title) + end + "\u201D";
    }

    /// <summary>A person's surname (the last word: names are written given name first); an organization's whole name.</summary>
    private static string Surname(string name)
    {
        var parts = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0] == "The" || parts.Any(OrganizationWords.Contains))
        {
            return name.Trim();
        }

        return parts[^1];
    }

    /// <summary>The first words of a title, without a descriptive title's brackets, for a source with no author or outlet.</summary>
    private static string ShortTitle(string title)
    {
        var words = title.Trim('[', ']', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= TitleWords ? string.Join(' ', words) : string.Join(' ', words.Take(TitleWords)) + "…";
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
