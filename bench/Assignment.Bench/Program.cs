using System.Globalization;
using MentorFlow.Bench.Assignment;

// Writes an assignment instance as the CSV files `mentorflow assign` reads:
//   assignment-bench --kind random|structured --mentees N --mentors M --capacity C --seed S --out DIR
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i].TrimStart('-')] = args[i + 1];
}

if (args.Length % 2 != 0 || !options.TryGetValue("out", out var directory) || !options.ContainsKey("mentees") || !options.ContainsKey("mentors"))
{
    Console.Error.WriteLine("usage: assignment-bench --kind random|structured --mentees N --mentors M [--capacity 5] [--seed 1] --out DIR");
    return 2;
}

int Number(string name, int fallback) =>
    options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

var shape = new InstanceShape(Number("mentees", 0), Number("mentors", 0), Number("capacity", 5), Number("seed", 1));
IScoreSource source = options.GetValueOrDefault("kind", "random") switch
{
    "random" => new RandomScores(shape),
    "structured" => new StructuredScores(shape),
    var kind => throw new ArgumentException($"unknown kind '{kind}'"),
};

Directory.CreateDirectory(directory);
InstanceWriter.Write(directory, shape, source);
Console.WriteLine($"wrote {shape.Mentees} x {shape.Mentors} ({options.GetValueOrDefault("kind", "random")}) to {directory}");
return 0;
