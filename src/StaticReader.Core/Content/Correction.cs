namespace StaticReader.Core.Content;

/// <summary>One dated correction or update of a page, shown in its "Updates and corrections" section and carried by the feed.</summary>
/// <param name="Date">When it was made, as written (<c>YYYY-MM-DD</c>).</param>
/// <param name="Text">What changed, in markdown-free prose.</param>
public sealed record Correction(string Date, string Text);
