using System.Text;

namespace StaticReader.Tests.Reliability;

/// <summary>Writes a valid site of a few hundred pages (texts, terms, explainers, pages) whose content depends on a version number.</summary>
public static class GeneratedSite
{
    private static readonly string[] Words =
        "the a compute chip export control reactor model data centre policy cluster power grid inference training market supply demand rule engineer".Split(' ');

    /// <summary>Writes the site into <paramref name="input"/>; <paramref name="version"/> changes every body and adds or drops a few pages.</summary>
    public static void Write(string input, int version, int texts = 120, int terms = 80, int explainers = 60, int pages = 40)
    {
        var random = new Random(1000 + version);
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(input).FullName, "site.yml"),
            $"title: Generated v{version}\nbaseUrl: https://gen.example/\nlanguage: en\n");
        var termTitles = Enumerable.Range(0, terms).Select(i => $"Term{i:000}").ToList();
        WriteMany(input, "glossary", terms + version, i =>
            $"---\ntitle: Term{i:000}\nsummary: Summary {i} of version {version}.\nkind: concept\ndate: 2025-01-{1 + (i % 28):00}\n---\n{Paragraphs(random, version, termTitles, 2)}");
        WriteMany(input, "texts", texts - version, i =>
            $"---\ntitle: Text {i} v{version}\ndate: 2025-06-{1 + (i % 28):00}\n---\n{Paragraphs(random, version, termTitles, 6)}\nA note here[^n{i}].\n\n[^n{i}]: The note of text {i}.\n");
        WriteMany(input, "explainers", explainers, i =>
            $"---\ntitle: Explainer {i}\nsummary: Why {i}.\n---\nSee [[text-{i % (texts - version)}]] and [[term{i % terms:000}]].\n\n{Paragraphs(random, version, termTitles, 4)}");
        WriteMany(input, "pages", pages, i => $"---\ntitle: Page {i}\n---\n{Paragraphs(random, version, termTitles, 2)}");
    }

    private static void WriteMany(string input, string folder, int count, Func<int, string> content)
    {
        var dir = Directory.CreateDirectory(Path.Combine(input, folder)).FullName;
        for (var i = 0; i < count; i++)
        {
            var name = folder switch { "texts" => $"text-{i}", "glossary" => $"term{i:000}", "explainers" => $"explainer-{i}", _ => $"page-{i}" };
            File.WriteAllText(Path.Combine(dir, name + ".md"), content(i));
        }
    }

    private static string Paragraphs(Random random, int version, List<string> terms, int count)
    {
        var builder = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            builder.Append("Version ").Append(version).Append(", paragraph ").Append(p).Append(": ");
            for (var w = 0; w < 60; w++)
            {
                builder.Append(w % 17 == 5 ? terms[random.Next(terms.Count)] : Words[random.Next(Words.Length)]).Append(w % 12 == 11 ? ". " : " ");
            }

            builder.Append("\n\n");
            if (p == 2)
            {
                builder.Append("## Section ").Append(p).Append("\n\n");
            }
        }

        return builder.ToString();
    }
}
