using StaticReader.Core.Diagnostics;
using StaticReader.Core.Model;
using StaticReader.Core.Output;

namespace StaticReader.Core.Emit.Epub;

/// <summary>
/// The EPUB 3 edition of every text, <c>&lt;text folder&gt;/&lt;slug&gt;.epub</c> (see <see cref="EpubBookBuilder"/>).
/// A book that cannot be made is an error at the markdown that stops it, so the build publishes nothing.
/// </summary>
public sealed class EpubEmitter : IEmitter
{
    /// <inheritdoc />
    public string Name => "epub";

    /// <inheritdoc />
    public void Emit(SiteModel model, EmitScope scope, IOutputSink sink, DiagnosticBag diagnostics)
    {
        var editions = EpubEditions.Of(model);
        var texts = model.Pages.Where(p => EpubEditions.HasEdition(model, p) && scope.Includes(p.Page.Slug)).ToList();
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, text =>
        {
            var book = editions.For(text);
            foreach (var problem in book.Problems)
            {
                diagnostics.Add(problem);
            }

            if (book.Built)
            {
                using var stream = sink.Create(book.OutputPath);
                stream.Write(book.Bytes);
            }

            editions.Written(text);
        });
    }

    /// <summary>The books that hold the edited page: its own when it is a text, and those of the texts that link it.</summary>
    public EmitScope Affected(SiteChange change) => EmitScope.Pages(EpubEditions.TextsHolding(change.Before, change.EditedSlug)
        .Concat(EpubEditions.TextsHolding(change.After, change.EditedSlug)));
}
