namespace StaticReader.Cli;

/// <summary>A small parser for <c>--name value</c> and <c>--flag</c> options, strict about unknown names.</summary>
public sealed class Arguments
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    /// <summary>Positional arguments in order.</summary>
    public List<string> Positional { get; } = [];

    /// <summary>Parses <paramref name="args"/> given the options that take a value and the flags.</summary>
    public static Arguments Parse(string[] args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flags)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                result.Positional.Add(arg);
                continue;
            }

            var eq = arg.IndexOf('=');
            var name = eq > 0 ? arg[2..eq] : arg[2..];
            if (flags.Contains(name) && eq < 0)
            {
                result.values[name] = null;
            }
            else if (valueOptions.Contains(name))
            {
                var value = eq > 0 ? arg[(eq + 1)..] : i + 1 < args.Length ? args[++i] : throw new UsageException($"--{name} needs a value");
                result.values[name] = value;
            }
            else
            {
                throw new UsageException($"unknown option '{arg}'");
            }
        }

        return result;
    }

    /// <summary>The value of an option, or <paramref name="fallback"/>.</summary>
    public string Value(string name, string fallback) => values.TryGetValue(name, out var v) && v is not null ? v : fallback;

    /// <summary>The value of an option, or null.</summary>
    public string? Value(string name) => values.TryGetValue(name, out var v) ? v : null;

    /// <summary>True when the flag was given.</summary>
    public bool Has(string name) => values.ContainsKey(name);
}
