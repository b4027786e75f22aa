namespace StaticReader.Core.Content;

/// <summary>How often a glossary term is auto-linked (<c>site.yml</c> <c>autolink</c>).</summary>
public enum AutoLinkMode
{
    /// <summary>The first mention in each section (between headings). The default.</summary>
    FirstPerSection,

    /// <summary>The first mention on the page.</summary>
    FirstPerPage,

    /// <summary>Every mention.</summary>
    All,
}
