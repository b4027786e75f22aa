using System.Text;
using StaticReader.Core.Search;

namespace StaticReader.Tests.Search;

/// <summary>
/// A seeded synthetic corpus of English-like prose for the benchmark: a Zipf-distributed
/// vocabulary of real and made-up words, with capitals, punctuation, numbers and hyphens.
/// </summary>
internal static class SyntheticCorpus
{
    private static readonly string[] Syllables =
    [
        "ar", "be", "con", "de", "en", "for", "ga", "hi", "in", "ju", "ka", "lo", "ma", "ne", "or", "pro", "qui",
        "re", "sta", "ti", "un", "ver", "wa", "xi", "yo", "ze", "tion", "ment", "ing", "ed", "ly", "al", "ous", "ive",
    ];

    public static IReadOnlyList<SearchDocument> Create(int count, int bodyBytes, int seed = 1)
    {
        var random = new Random(seed);
        string[] vocabulary = Vocabulary(random, 30000);
        double[] cumulative = ZipfCumulative(vocabulary.Length);
        var documents = new SearchDocument[count];
        for (int i = 0; i < count; i++)
        {
            documents[i] = new SearchDocument(
                $"pages/page-{i:D5}",
                Sentence(random, vocabulary, cumulative, random.Next(2, 7), capitalizeAll: true).TrimEnd('.'),
                random.Next(3) == 0 ? Sentence(random, vocabulary, cumulative, random.Next(1, 4), capitalizeAll: false).TrimEnd('.') : "",
                Sentence(random, vocabulary, cumulative, random.Next(12, 30), capitalizeAll: false),
                Body(random, vocabulary, cumulative, bodyBytes));
        }

        return documents;
    }

    private static string Body(Random random, string[] vocabulary, double[] cumulative, int bytes)
    {
        var body = new StringBuilder(bytes + 200);
        while (body.Length < bytes)
        {
            body.Append(Sentence(random, vocabulary, cumulative, random.Next(6, 28), capitalizeAll: false));
            body.Append(random.Next(6) == 0 ? "\n\n" : " ");
        }

        return body.ToString();
    }

    private static string Sentence(Random random, string[] vocabulary, double[] cumulative, int words, bool capitalizeAll)
    {
        var sentence = new StringBuilder();
        for (int w = 0; w < words; w++)
        {
            string word = vocabulary[Sample(random, cumulative)];
            if (w == 0 || capitalizeAll || random.Next(12) == 0)
            {
                word = char.ToUpperInvariant(word[0]) + word[1..];
            }

            if (w > 0)
            {
                sentence.Append(random.Next(40) == 0 ? "-" : " ");
            }

            switch (random.Next(30))
            {
                case 0: sentence.Append('“').Append(word).Append('”'); break;
                case 1: sentence.Append(word).Append("’s"); break;
                case 2: sentence.Append(word).Append(','); break;
                case 3: sentence.Append('(').Append(word).Append(')'); break;
                case 4: sentence.Append(random.Next(1, 1000)).Append('.').Append(random.Next(0, 100)); break;
                default: sentence.Append(word); break;
            }
        }

        return sentence.Append('.').ToString();
    }

    private static string[] Vocabulary(Random random, int size)
    {
        var words = new List<string>(EnglishCorpus.Documents
            .SelectMany(d => (d.Title + " " + d.Summary + " " + d.Body).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .Distinct());
        var seen = new HashSet<string>(words);
        while (words.Count < size)
        {
            var word = new StringBuilder();
            for (int s = random.Next(1, 5); s > 0; s--)
            {
                word.Append(Syllables[random.Next(Syllables.Length)]);
            }

            if (seen.Add(word.ToString()))
            {
                words.Add(word.ToString());
            }
        }

        // Shuffle so the corpus's real words are not all the most frequent.
        for (int i = words.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (words[i], words[j]) = (words[j], words[i]);
        }

        return [.. words];
    }

    private static double[] ZipfCumulative(int n)
    {
        var cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        for (int i = 0; i < n; i++)
        {
            cumulative[i] /= total;
        }

        return cumulative;
    }

    private static int Sample(Random random, double[] cumulative)
    {
        int index = Array.BinarySearch(cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }
}
