namespace StaticReader.Core.Search;

/// <summary>
/// lunr 2.3.9's scoring at build time: <c>lunr.idf</c> and the BM25 weight of
/// <c>Builder.createFieldVectors</c>, with the same floating-point operations in the
/// same order, rounded as lunr rounds (<c>Math.round(score * 1000) / 1000</c>).
/// </summary>
internal static class Bm25
{
    /// <summary>lunr's k1: term frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>lunr's b: field length normalisation.</summary>
    public const double B = 0.75;

    /// <summary>
    /// <c>lunr.idf</c>. <paramref name="documentsWithTerm"/> is, as in lunr, the sum over fields of
    /// the documents whose field holds the term (a document counts once per field).
    /// </summary>
    public static double Idf(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return FdlibmLog.Log(1 + Math.Abs(x));
    }

    /// <summary>The rounded score lunr stores in a field vector.</summary>
    public static double Score(double idf, int termFrequency, int fieldLength, double averageFieldLength, double fieldBoost)
    {
        double tf = termFrequency;
        double score = idf * ((K1 + 1) * tf) / ((K1 * (1 - B + (B * (fieldLength / averageFieldLength)))) + tf);
        score *= fieldBoost;
        score *= 1; // document boost
        return JavaScriptRound(score * 1000) / 1000;
    }

    /// <summary>JavaScript's <c>Math.round</c>: the nearest integer, halves rounded up.</summary>
    public static double JavaScriptRound(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x))
        {
            return x;
        }

        double floor = Math.Floor(x);
        double rounded = x - floor >= 0.5 ? floor + 1 : floor;
        return rounded == 0 && (x < 0 || double.IsNegative(x)) ? -0.0 : rounded;
    }
}
