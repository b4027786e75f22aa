using System.Runtime.CompilerServices;

namespace StaticReader.Core.Search;

/// <summary>
/// Turns field text into index terms as lunr's builder does: <see cref="LunrTokenizer"/>, then
/// the pipeline trimmer → stop word filter → stemmer, with Chinese and Japanese runs split into
/// bigrams (<see cref="CjkBigrams"/>). Remembers what each distinct token became,
/// so a word is trimmed and stemmed once. Not thread-safe: one per thread.
/// </summary>
internal sealed class TermAnalyzer
{
    private const int StopWord = -1;
    private const int FirstSplit = -2;

    private readonly TokenTable tokenToTerm = new();
    private char[] lowerCaseBuffer = new char[4096];
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<int[]> splitTokens = [];

    // Per-field scratch. By term id: the field it was last counted in, and its slot there;
    // by slot: the term ids of the current field and their counts.
    private FieldMark[] marks = [];
    private int fieldStamp;
    private int[] fieldTermIds = new int[256];
    private int[] fieldCounts = new int[256];
    private int fieldTermCount;

    /// <summary>The number of distinct terms this analyzer has met: its term ids are 0 … TermCount − 1.</summary>
    public int TermCount => terms.Count;

    /// <summary>
    /// Analyzes one field's text: its distinct terms in order of first occurrence, how often each
    /// occurs, and the field length (the number of terms the pipeline let through).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public AnalyzedField Analyze(string text)
    {
        fieldStamp++;
        fieldTermCount = 0;
        int length = 0;

        ReadOnlySpan<char> lower = JavaScriptLowerCase.ToLower(text, ref lowerCaseBuffer);
        int position = 0;
        while (true)
        {
            int start = LunrTokenizer.NextToken(lower, position, out int tokenLength);
            if (tokenLength == 0)
            {
                break;
            }

            position = start + tokenLength;
            int termId = TermOf(lower.Slice(start, tokenLength));
            if (termId == StopWord)
            {
                continue;
            }

            if (termId <= FirstSplit)
            {
                foreach (int id in splitTokens[FirstSplit - termId])
                {
                    Count(id);
                    length++;
                }

                continue;
            }

            Count(termId);
            length++;
        }

        int[] ids = fieldTermIds[..fieldTermCount];
        var fieldTerms = new string[ids.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            fieldTerms[i] = terms[ids[i]];
        }

        return new AnalyzedField(fieldTerms, ids, fieldCounts[..fieldTermCount], length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Count(int termId)
    {
        ref FieldMark mark = ref marks[termId];
        if (mark.Stamp == fieldStamp)
        {
            fieldCounts[mark.Slot]++;
            return;
        }

        if (fieldTermCount == fieldTermIds.Length)
        {
            Array.Resize(ref fieldTermIds, fieldTermCount * 2);
            Array.Resize(ref fieldCounts, fieldTermCount * 2);
        }

        mark = new FieldMark(fieldStamp, fieldTermCount);
        fieldTermIds[fieldTermCount] = termId;
        fieldCounts[fieldTermCount] = 1;
        fieldTermCount++;
    }

    /// <summary>
    /// What lunr's pipeline makes of one token: the trimmed, stemmed term, or null for a stop word.
    /// </summary>
    public static string? Process(ReadOnlySpan<char> token)
    {
        ReadOnlySpan<char> trimmed = LunrTrimmer.Trim(token);
        if (LunrStopWords.Contains(trimmed))
        {
            return null;
        }

        return LunrStemmer.Stem(trimmed.ToString());
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int TermOf(ReadOnlySpan<char> token)
    {
        if (tokenToTerm.TryGetValue(token, out int termId))
        {
            return termId;
        }

        if (CjkBigrams.Contains(token))
        {
            // Several terms from one token: cached as an index into splitTokens, below FirstSplit.
            List<string> parts = CjkBigrams.Split(token, run => Process(run));
            termId = FirstSplit - splitTokens.Count;
            splitTokens.Add([.. parts.Select(IdOf)]);
        }
        else
        {
            string? term = Process(token);
            termId = term is null ? StopWord : IdOf(term);
        }

        tokenToTerm.Add(token, termId);
        return termId;
    }

    private int IdOf(string term)
    {
        if (termIds.TryGetValue(term, out int id))
        {
            return id;
        }

        id = terms.Count;
        terms.Add(term);
        termIds.Add(term, id);
        if (id >= marks.Length)
        {
            Array.Resize(ref marks, Math.Max(1024, marks.Length * 2));
        }

        return id;
    }

    private readonly record struct FieldMark(int Stamp, int Slot);
}
