namespace StaticReader.Core.Search;

/// <summary>
/// Turns field text into index terms as lunr's builder does: <see cref="LunrTokenizer"/>, then
/// the pipeline trimmer → stop word filter → stemmer. Remembers what each distinct token became,
/// so a word is trimmed and stemmed once. Not thread-safe: one per thread.
/// </summary>
internal sealed class TermAnalyzer
{
    private const int StopWord = -1;

    private readonly Dictionary<string, int> tokenToTerm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> tokenLookup;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];

    // Per-field scratch, indexed by term id: the field it was last counted in, and its slot there.
    private int[] lastField = [];
    private int[] slotInField = [];
    private int fieldStamp;
    private readonly List<int> fieldTermIds = [];
    private readonly List<int> fieldCounts = [];

    /// <summary>Creates an analyzer with an empty cache.</summary>
    public TermAnalyzer()
    {
        tokenLookup = tokenToTerm.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// Analyzes one field's text: its distinct terms in order of first occurrence, how often each
    /// occurs, and the field length (the number of terms the pipeline let through).
    /// </summary>
    public AnalyzedField Analyze(string text)
    {
        fieldStamp++;
        fieldTermIds.Clear();
        fieldCounts.Clear();
        int length = 0;

        ReadOnlySpan<char> lower = JavaScriptLowerCase.ToLower(text);
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

            length++;
            if (lastField[termId] == fieldStamp)
            {
                fieldCounts[slotInField[termId]]++;
            }
            else
            {
                lastField[termId] = fieldStamp;
                slotInField[termId] = fieldTermIds.Count;
                fieldTermIds.Add(termId);
                fieldCounts.Add(1);
            }
        }

        var fieldTerms = new string[fieldTermIds.Count];
        for (int i = 0; i < fieldTerms.Length; i++)
        {
            fieldTerms[i] = terms[fieldTermIds[i]];
        }

        return new AnalyzedField(fieldTerms, fieldCounts.ToArray(), length);
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

    private int TermOf(ReadOnlySpan<char> token)
    {
        if (tokenLookup.TryGetValue(token, out int termId))
        {
            return termId;
        }

        string? term = Process(token);
        termId = term is null ? StopWord : IdOf(term);
        tokenToTerm.Add(token.ToString(), termId);
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
        if (id >= lastField.Length)
        {
            int size = Math.Max(1024, lastField.Length * 2);
            Array.Resize(ref lastField, size);
            Array.Resize(ref slotInField, size);
        }

        return id;
    }
}
