using Markdig.Syntax.Inlines;

namespace StaticReader.Core.Markdown.Extensions.WikiLinks;

/// <summary><c>[[target]]</c>, <c>[[target|text]]</c> or <c>[[target#anchor]]</c>; resolved to a URL after parsing.</summary>
public sealed class WikiLinkInline : LeafInline
{
    /// <summary>The target as written: a slug or a title.</summary>
    public required string Target { get; init; }

    /// <summary>The anchor after '#', or null.</summary>
    public string? Anchor { get; init; }

    /// <summary>The text to show, or null to show the target's title.</summary>
    public string? Label { get; init; }

    /// <summary>The resolved URL; null when the target is unknown.</summary>
    public string? Url { get; set; }

    /// <summary>The resolved target's slug, for previews.</summary>
    public string? TargetSlug { get; set; }

    /// <summary>The text shown: the label, else the target's title, else the target as written.</summary>
    public string? ShownText { get; set; }
}
