namespace StaticReader.Core.Rendering;

/// <summary>A generated file ready to write: its path relative to the output folder and its text.</summary>
public sealed record RenderedFile(string OutputPath, string Content);
