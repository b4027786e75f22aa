namespace StaticReader.Tests.Reliability;

/// <summary>One generated content file: its path under input/ and its text.</summary>
public sealed record FuzzDocument(string RelativePath, string Content);
