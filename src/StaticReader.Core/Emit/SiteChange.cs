using StaticReader.Core.Model;

namespace StaticReader.Core.Emit;

/// <summary>
/// An edit to the body of one content page, as serve applies it: the model before and after, the edited page, and the
/// pages whose output the edit feeds (the targets of its mentions before and after, whose backlinks change).
/// </summary>
/// <param name="Before">The model before the edit.</param>
/// <param name="After">The model after the edit.</param>
/// <param name="EditedSlug">The edited page.</param>
/// <param name="FedSlugs">Other pages whose backlinks may have changed.</param>
public sealed record SiteChange(SiteModel Before, SiteModel After, string EditedSlug, IReadOnlySet<string> FedSlugs);
