namespace StaticReader.Core.Search;

/// <summary>
/// Every field of every document through lunr's tokenizer and pipeline, analyzed in parallel by
/// one <see cref="TermAnalyzer"/> per worker (so each worker's cache stays warm). The result does
/// not depend on which worker analyzed which document.
/// </summary>
internal sealed class DocumentAnalysis
{
    private const int Chunk = 8;

    private DocumentAnalysis(AnalyzedField[][] fields, TermAnalyzer[] analyzers, int[] analyzerOfDocument)
    {
        Fields = fields;
        Analyzers = analyzers;
        AnalyzerOfDocument = analyzerOfDocument;
    }

    /// <summary>For each document, its fields in <see cref="LunrFields.Names"/> order.</summary>
    public AnalyzedField[][] Fields { get; }

    /// <summary>The analyzers that did the work; <see cref="AnalyzedField.TermIds"/> are ids in one of them.</summary>
    public TermAnalyzer[] Analyzers { get; }

    /// <summary>For each document, the index in <see cref="Analyzers"/> of the analyzer that analyzed it.</summary>
    public int[] AnalyzerOfDocument { get; }

    /// <summary>Analyzes <paramref name="documents"/>; <paramref name="cancel"/> stops the workers between chunks.</summary>
    public static DocumentAnalysis Run(IReadOnlyList<SearchDocument> documents, CancellationToken cancel = default)
    {
        int count = documents.Count;
        int workers = Math.Clamp(Math.Min(Environment.ProcessorCount, count / Chunk), 1, 64);
        var analyzers = new TermAnalyzer[workers];
        var fields = new AnalyzedField[count][];
        var analyzerOfDocument = new int[count];
        int next = 0;

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var analyzer = analyzers[worker] = new TermAnalyzer();
            while (true)
            {
                int start = Interlocked.Add(ref next, Chunk) - Chunk;
                if (start >= count || cancel.IsCancellationRequested)
                {
                    break;
                }

                for (int d = start; d < Math.Min(start + Chunk, count); d++)
                {
                    var documentFields = new AnalyzedField[LunrFields.Count];
                    for (int f = 0; f < LunrFields.Count; f++)
                    {
                        documentFields[f] = analyzer.Analyze(LunrFields.TextOf(documents[d], f));
                    }

                    fields[d] = documentFields;
                    analyzerOfDocument[d] = worker;
                }
            }
        });

        return new DocumentAnalysis(fields, analyzers, analyzerOfDocument);
    }
}
