using System.CommandLine;

namespace StaticReader.Cli;

/// <summary>Options several commands take, declared once so their names, defaults and help read the same everywhere.</summary>
public static class SharedOptions
{
    /// <summary><c>--input DIR</c>: the content folder.</summary>
    public static Option<string> Input() => new("--input") { Description = "content folder", HelpName = "DIR", DefaultValueFactory = _ => "input" };

    /// <summary><c>--theme DIR</c>: the theme folder; null means theme/ when present, else the built-in theme.</summary>
    public static Option<string?> Theme() => new("--theme") { Description = "theme folder (default: theme, else the built-in theme)", HelpName = "DIR" };

    /// <summary><c>--drafts</c>: include drafts.</summary>
    public static Option<bool> Drafts() => new("--drafts") { Description = "include pages with 'draft: true'" };

    /// <summary><c>--quiet</c>, on every command: print only errors.</summary>
    public static readonly Option<bool> Quiet = new("--quiet", "-q") { Description = "print only errors", Recursive = true };

    /// <summary><c>--verbose</c>, accepted by every command: build and check print the time of each stage.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "print more (build and check: the time of each stage)", Recursive = true };
}
