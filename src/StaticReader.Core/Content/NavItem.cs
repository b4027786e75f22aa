namespace StaticReader.Core.Content;

/// <summary>One entry of the site navigation (<c>site.yml</c> <c>nav</c>).</summary>
public sealed record NavItem(string Title, string Url);
