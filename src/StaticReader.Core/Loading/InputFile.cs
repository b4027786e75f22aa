namespace StaticReader.Core.Loading;

/// <summary>A file found under <c>input/</c>: its absolute path and the path shown to writers.</summary>
public sealed record InputFile(string FullPath, string DisplayPath, string RelativePath);
