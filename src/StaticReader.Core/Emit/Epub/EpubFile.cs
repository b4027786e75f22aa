namespace StaticReader.Core.Emit.Epub;

/// <summary>One file inside an EPUB's container, in the order it is written.</summary>
/// <param name="Path">The path inside the zip ('/'-separated, e.g. <c>EPUB/text.xhtml</c>).</param>
/// <param name="Content">The file's bytes.</param>
/// <param name="MediaType">Its media type in the package manifest, or null for files outside the manifest (mimetype, container.xml, the OPF).</param>
/// <param name="Id">Its manifest id.</param>
/// <param name="Properties">Manifest properties such as <c>nav</c>, or null.</param>
/// <param name="InSpine">True for a content document read in order.</param>
public sealed record EpubFile(string Path, byte[] Content, string? MediaType = null, string Id = "", string? Properties = null, bool InSpine = false);
