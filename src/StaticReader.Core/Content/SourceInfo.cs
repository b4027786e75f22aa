namespace StaticReader.Core.Content;

/// <summary>Where a text comes from (front matter <c>source</c>); every field is optional.</summary>
public sealed record SourceInfo(string? Outlet, string? Url, string? Date, string? Author, string? Note);
