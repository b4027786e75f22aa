namespace StaticReader.Core.Markdown;

/// <summary>A link from one page's passage to another page, with the sentence around it (escaped HTML, mention in &lt;mark&gt;).</summary>
public sealed record Mention(string TargetSlug, string PassageId, string ContextHtml);
