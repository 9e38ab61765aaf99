namespace MentorFlow.Cli;

/// <summary>
/// Parses <c>--name value</c> flags against the names a command requires. An unknown, repeated, missing
/// or value-less flag is an error, reported as a message.
/// </summary>
public sealed class CommandLineOptions
{
    private readonly Dictionary<string, string> _values;

    private CommandLineOptions(Dictionary<string, string> values)
    {
        _values = values;
    }

    /// <summary>True when the arguments ask for help (<c>--help</c> or <c>-h</c>) instead of running.</summary>
    public static bool AsksForHelp(IReadOnlyList<string> arguments) => arguments.Any(a => a is "--help" or "-h");

    public static CommandLineOptions? Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> required, out string? error) =>
        Parse(arguments, required, [], out error);

    /// <summary>As <see cref="Parse(IReadOnlyList{string}, IReadOnlyCollection{string}, out string?)"/>, also accepting the <paramref name="optional"/> flags.</summary>
    public static CommandLineOptions? Parse(
        IReadOnlyList<string> arguments, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, out string? error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var flag = arguments[i];
            if (!flag.StartsWith("--", StringComparison.Ordinal) || flag.Length == 2)
            {
                error = $"unexpected argument '{flag}'";
                return null;
            }

            var name = flag[2..];
            if (!required.Contains(name) && !optional.Contains(name))
            {
                error = $"unknown flag '{flag}'";
                return null;
            }

            if (i + 1 >= arguments.Count || arguments[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                error = $"flag '{flag}' needs a value";
                return null;
            }

            if (!values.TryAdd(name, arguments[++i]))
            {
                error = $"flag '{flag}' is given twice";
                return null;
            }
        }

        var missing = required.Where(name => !values.ContainsKey(name)).Select(name => "--" + name).ToList();
        if (missing.Count > 0)
        {
            error = $"missing {string.Join(", ", missing)}";
            return null;
        }

        error = null;
        return new CommandLineOptions(values);
    }

    public string this[string name] => _values[name];

    /// <summary>The value of an optional flag, or null when it was not given.</summary>
    public string? Optional(string name) => _values.GetValueOrDefault(name);
}
