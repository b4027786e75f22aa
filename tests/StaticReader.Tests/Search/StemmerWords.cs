namespace StaticReader.Tests.Search;

/// <summary>Words for the stemmer tests; lunr's outputs for them come from Node at test time.</summary>
internal static class StemmerWords
{
    /// <summary>Examples from Porter's paper, one or more for every rule, plus lunr's quirks.</summary>
    public static readonly string[] Classic =
    [
        // Step 1a
        "caresses", "ponies", "ties", "caress", "cats", "sses", "ies", "s", "ss", "bus", "gas", "this",
        // Step 1b
        "feed", "agreed", "eed", "plastered", "bled", "motoring", "sing", "conflated", "troubled", "sized",
        "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "ing", "ed", "bing", "need",
        "proceed", "exceed", "succeed", "speed", "breed",
        // Step 1c
        "happy", "sky", "cry", "by", "say", "enjoy", "yyy", "ay", "daily", "try",
        // Step 2
        "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator",
        "feudalism", "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti",
        "logi", "archaeologi", "ational", "tional",
        // Step 3
        "triplicate", "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "ful", "ness",
        // Step 4
        "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable", "defensible",
        "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou", "communism",
        "activate", "angulariti", "homologous", "effective", "bowdlerize", "tension", "expansion", "ion", "sion", "tion",
        // Step 5
        "probate", "rate", "cease", "controll", "roll", "generalizations", "oscillators", "e", "ll", "fell",
        // Leading y and the upper-case Y quirk
        "yes", "yellow", "yelling", "yearly", "yields", "youth", "yay", "yyyy", "Yes", "YELLING", "eyes", "boyish",
        // Upper case, digits, punctuation and non-ASCII reach the stemmer as they are
        "Running", "RUNNING", "caféing", "naïveties", "2025s", "3rds", "u.s.", "don't", "chip's", "chips’",
        "日本ing", "ßed", "œuvres", "ΣΟΦΟΣ", "😀ing", "ied", "sied", "aies", "ssses", "eeed", "ateed", "bbing",
        "llll", "alll", "ational", "ousnesses", "iveness", "izations", "ication", "ement", "ments", "ent",
        "generously", "generous", "general", "generation", "generate", "abilities", "ability", "possibly",
        "computers", "computing", "computed", "compute", "computation", "reactors", "reacting", "reactive",
        "controls", "controlled", "controlling", "exporting", "exported", "exports", "scaling", "scaled",
        "cloudmatrix", "huawei", "nvidia", "deepseek", "minimax", "smr", "smrs",
    ];

    /// <summary>
    /// Seeded random strings over an alphabet chosen to hit the stemmer's character classes:
    /// vowels, y and Y, the consonants its rules name, and a few others.
    /// </summary>
    public static IEnumerable<string> Random(int seed, int count)
    {
        const string Alphabet = "aeiouyyYbcdglmnrstzwx'’é1";
        string[] suffixes = ["", "", "s", "es", "ies", "sses", "ed", "eed", "ing", "y", "ational", "tional", "ness",
            "ful", "ement", "ion", "tion", "sion", "ize", "ate", "e", "ll", "iveness", "aliti", "biliti", "logi", "ical"];
        var random = new System.Random(seed);
        for (int i = 0; i < count; i++)
        {
            var chars = new char[random.Next(0, 9)];
            for (int c = 0; c < chars.Length; c++)
            {
                chars[c] = Alphabet[random.Next(Alphabet.Length)];
            }

            yield return new string(chars) + suffixes[random.Next(suffixes.Length)];
        }
    }
}
