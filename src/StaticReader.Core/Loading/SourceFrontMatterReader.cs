using StaticReader.Core.Content;

namespace StaticReader.Core.Loading;

/// <summary>Reads the bibliographic fields of a source's front matter, reporting bad values at their position.</summary>
internal static class SourceFrontMatterReader
{
    /// <summary>The source's reference; bad values are reported and left out, so the rest is still checked.</summary>
    public static SourceReference Read(YamlFields fields)
    {
        var type = fields.Text("type")?.ToLowerInvariant();
        if (type is not null && !SourceReference.Types.Contains(type))
        {
            fields.Report(fields.Node("type")!, $"unknown source type '{type}'", "use one of: " + string.Join(", ", SourceReference.Types));
            type = null;
        }

        var url = fields.Text("url");
        if (url is not null && !SourceFields.IsWebUrl(url))
        {
            fields.Report(fields.Node("url")!, $"the url '{url}' is not an absolute http(s) URL", SourceFields.UrlHint);
            url = null;
        }

        var written = fields.Text("doi");
        var doi = written is null ? null : SourceFields.NormalizeDoi(written);
        if (written is not null && doi is null)
        {
            fields.Report(fields.Node("doi")!, $"'{written}' is not a DOI", SourceFields.DoiHint);
        }

        var accessed = fields.Text("accessed");
        if (accessed is not null && !SourceFields.IsDate(accessed))
        {
            fields.Report(fields.Node("accessed")!, $"'accessed' must be a real date, not '{accessed}'", SourceFields.DateHint);
            accessed = null;
        }

        return new SourceReference(fields.List("authors"), fields.Text("outlet"), fields.Text("publisher"), type, url, doi, accessed);
    }
}
