namespace StaticReader.Cli;

/// <summary>The help texts of the commands.</summary>
public static class Usage
{
    /// <summary>Top-level help.</summary>
    public const string Main = """
        staticreader: build annotated readers, glossaries and explainers from markdown.

        Usage: staticreader <command> [options]

        Commands:
          build    Build the site from input/ into output/ (atomically).
          serve    Build, serve on http://127.0.0.1:5080/ and rebuild + reload on every change.
          check    Build into a scratch folder and verify links, anchors, unmentioned terms.
          init     Create a new site: staticreader init my-reader
          new      Add content: staticreader new term "Small modular reactor"

        Run 'staticreader <command> --help' for a command's options and examples.

        """;

    /// <summary>Help for <c>check</c>.</summary>
    public const string Check = """
        Usage: staticreader check [--strict] [--input DIR] [--theme DIR] [--drafts]

        Builds the site into a scratch folder (output/ is not touched) and reports, as
        file:line:column: internal links and anchors that lead nowhere (errors), glossary terms
        never mentioned and pages nothing links to (warnings). --strict fails on warnings too.

        Examples:
          staticreader check
          staticreader check --strict

        """;

    /// <summary>Help for <c>init</c>.</summary>
    public const string Init = """
        Usage: staticreader init DIR

        Creates DIR/input/ with site.yml, one text, one term and one explainer, ready to build
        with the built-in theme. Refuses a folder that already has content.

        Example:
          staticreader init my-reader && cd my-reader && staticreader serve

        """;

    /// <summary>Help for <c>new</c>.</summary>
    public const string New = """
        Usage: staticreader new text|term|explainer|page "Title" [--input DIR]

        Writes input/<folder>/<slug>.md with front matter to fill in; the slug comes from the
        title. Never overwrites an existing file.

        Examples:
          staticreader new term "Small modular reactor"
          staticreader new explainer "Why energy entered the AI race"

        """;

    /// <summary>Help for <c>serve</c>.</summary>
    public const string Serve = """
        Usage: staticreader serve [options]

        Builds the site, serves it, watches input/ and theme/, rebuilds on every change and
        reloads open pages (keeping their scroll position). A failed rebuild prints the errors
        and shows them over the page, while the last good site keeps being served.

        Options:
          --port N         port (default: 5080)
          --host ADDRESS   address to listen on (default: 127.0.0.1)
          --input DIR      content folder (default: input)
          --theme DIR      theme folder (default: theme, else the built-in theme)
          --output DIR     where to build the served site (default: a temporary folder,
                           deleted on exit; serve never touches output/)
          --drafts         include pages with 'draft: true'

        Examples:
          staticreader serve
          staticreader serve --port 8080 --drafts

        """;

    /// <summary>Help for <c>build</c>.</summary>
    public const string Build = """
        Usage: staticreader build [options]

        Builds the site. The new site replaces output/ only when the build has no errors;
        otherwise output/ is left exactly as it was.

        Options:
          --input DIR      content folder (default: input)
          --theme DIR      theme folder (default: theme, else the built-in theme)
          --output DIR     where to publish (default: output)
          --base-url URL   override baseUrl of site.yml (e.g. a preview deploy's URL)
          --drafts         include pages with 'draft: true'
          --quiet          print only errors
          --verbose        print the time of each stage

        Exit codes: 0 built, 1 content errors, 2 usage errors, 70 internal error.

        Examples:
          staticreader build
          staticreader build --output public --base-url https://example.org/
          staticreader build --drafts --verbose

        """;
}
