using StaticReader.Core.Content;
using StaticReader.Core.Diagnostics;
using StaticReader.Core.Pipeline;

namespace StaticReader.Core.Loading;

/// <summary>Stage 1, load: reads <c>site.yml</c> and every content file, parsing front matter in parallel.</summary>
public static class LoadContent
{
    /// <summary>Loads the input folder. Files that fail are reported and left out.</summary>
    public static LoadedSite Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var inputDisplay = DisplayPath(options.InputDir);
        var config = SiteConfigReader.Read(
            Path.Combine(options.InputDir, "site.yml"), Path.Combine(inputDisplay, "site.yml"), options.BaseUrl, diagnostics);

        var candidates = new List<(InputFile File, Collection Collection)>();
        var cslFiles = new List<(InputFile File, Collection Collection)>();
        foreach (var collection in config.Collections)
        {
            var folder = collection.Folder;
            foreach (var file in InputScanner.Scan(Path.Combine(options.InputDir, folder), Path.Combine(inputDisplay, folder), diagnostics, options.InputDir))
            {
                if (file.RelativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                {
                    candidates.Add((file, collection));
                }
                else if (BuiltInCollections.IsSources(collection) && file.RelativePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                {
                    cslFiles.Add((file, collection));
                }
                else
                {
                    diagnostics.Warning(file.DisplayPath, 0, 0, "not a markdown file, so it is ignored",
                        "content files end in .md; put images and other files in input/assets/");
                }
            }
        }

        UnknownFolders.Warn(options.InputDir, inputDisplay, config.Collections.Select(c => c.Folder), diagnostics);
        var loaded = new LoadedDocument?[candidates.Count];
        Parallel.For(0, candidates.Count, i => loaded[i] = LoadOne(candidates[i].File, candidates[i].Collection, diagnostics));

        var kept = SourceDocuments.Unique(
                loaded.OfType<LoadedDocument>().Concat(cslFiles.SelectMany(c => CslJsonReader.Read(c.File, c.Collection, diagnostics))),
                diagnostics)
            .Where(d => options.IncludeDrafts || !d.Document.FrontMatter.Draft)
            .ToList();
        var drafts = options.IncludeDrafts ? [] : loaded.OfType<LoadedDocument>().Select(d => d.Document).Where(d => d.FrontMatter.Draft).ToList();
        var failed = candidates.Where((_, i) => loaded[i] is null)
            .Select(c => Slugs.FromText(Path.GetFileNameWithoutExtension(c.File.RelativePath)))
            .ToHashSet(StringComparer.Ordinal);
        var assets = InputScanner.Scan(Path.Combine(options.InputDir, "assets"), Path.Combine(inputDisplay, "assets"), diagnostics, options.InputDir);
        return new LoadedSite(config, kept.ConvertAll(d => d.Document), assets,
            kept.ToDictionary(d => LoadedSite.BodyKey(d.Document), d => d.Body, StringComparer.Ordinal))
        {
            Drafts = drafts,
            FailedSlugs = failed,
            DataInputFiles = InputScanner.Scan(Path.Combine(options.InputDir, "data"), Path.Combine(inputDisplay, "data"), diagnostics, options.InputDir),
            Data = DataFiles.Read(options.InputDir, inputDisplay, diagnostics),
        };
    }

    /// <summary>Loads one content file of a collection; problems are reported and give null.</summary>
    public static LoadedDocument? LoadOne(InputFile file, Collection collection, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Read(file.FullPath, file.DisplayPath, diagnostics);
        var front = split is null ? null : FrontMatterReader.Read(split, collection, file.DisplayPath, diagnostics);
        if (split is null || front is null)
        {
            return null;
        }

        var slug = front.Slug ?? Slugs.FromText(Path.GetFileNameWithoutExtension(file.RelativePath));
        var problem = SlugRules.Problem(slug);
        if (problem is not null)
        {
            diagnostics.Error(file.DisplayPath, 1, 1, $"{problem} (made from the file name)", SlugRules.Hint);
            return null;
        }

        var loadedDocument = new LoadedDocument(new SourceDocument(file.DisplayPath, collection, slug, front, split.BodyLine, split.Yaml), split.Body);
        return BuiltInCollections.IsSources(collection) ? SourceDocuments.Complete(loadedDocument) : loadedDocument;
    }

    /// <summary>A path as writers see it: relative to the working directory when inside it.</summary>
    public static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
