using System.Globalization;

namespace MentorFlow.Durable.CrashHost;

/// <summary>What one run works on: <c>--database</c>, <c>--journal</c>, <c>--instances</c>, <c>--steps</c>.</summary>
/// <param name="DatabasePath">The SQLite file shared by every run.</param>
/// <param name="JournalPath">The append-only file where each activity run writes "instance,step".</param>
/// <param name="Instances">How many orchestrations there are (ids <c>chain-000</c>, <c>chain-001</c>, ...).</param>
/// <param name="Steps">How many activities each orchestration calls, one after the other.</param>
internal sealed record CrashRunSettings(string DatabasePath, string JournalPath, int Instances, int Steps)
{
    public IEnumerable<string> InstanceIds => Enumerable.Range(0, Instances).Select(InstanceId);

    public static string InstanceId(int index) => $"chain-{index:D3}";

    public static CrashRunSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Required(string name) => values.TryGetValue(name, out var value)
            ? value
            : throw new ArgumentException($"Missing {name}. Usage: --database <file> --journal <file> --instances <n> --steps <n>");

        return new CrashRunSettings(
            Required("--database"),
            Required("--journal"),
            int.Parse(Required("--instances"), CultureInfo.InvariantCulture),
            int.Parse(Required("--steps"), CultureInfo.InvariantCulture));
    }
}
