using System.Diagnostics;
using System.Globalization;
using MentorFlow.Bench.Matching;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;

// Full matching of a generated intake: validation of the forms, feature preparation, hard constraints and scoring of
// every pair, and the exact cohort assignment. Usage: matching-bench [mentees] [mentors] [seed] [runs]
var menteeCount = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5_000;
var mentorCount = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000;
var seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
var runs = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 3;

var programme = Programme.Create(new ProgrammeDraft { Id = "bench", Name = "Benchmark intake" }).Value;
var generator = new EnrolmentGenerator(seed);
var menteeDrafts = Enumerable.Range(0, menteeCount).Select(generator.Mentee).ToArray();
var mentorDrafts = Enumerable.Range(0, mentorCount).Select(generator.Mentor).ToArray();
var week = new DateOnly(2026, 3, 9);
var enrolledAt = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

// Wall-clock time is what a user waits; CPU time (all threads) shows the work when other processes share the cores.
Console.WriteLine($"{menteeCount} mentees x {mentorCount} mentors, seed {seed}, {Environment.ProcessorCount} cores, {runs} runs (the first includes JIT warm-up)");
for (var run = 0; run < runs; run++)
{
    var process = Process.GetCurrentProcess();
    var cpuAtStart = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var mentees = menteeDrafts.Select(d => MenteeEnrolment.Create(d, programme, enrolledAt).Value).ToArray();
    var mentors = mentorDrafts.Select(d => MentorEnrolment.Create(d, programme, enrolledAt).Value).ToArray();
    var validated = clock.Elapsed;

    var index = MatchingIndex.Build(programme, mentees, mentors, week);
    var prepared = clock.Elapsed;

    var result = CohortMatching.Match(index);
    var matched = clock.Elapsed;
    process.Refresh();
    var cpu = process.TotalProcessorTime - cpuAtStart;

    Console.WriteLine(string.Create(
        CultureInfo.InvariantCulture,
        $"run {run + 1}: validate {validated.TotalSeconds:F2} s, prepare {(prepared - validated).TotalSeconds:F2} s, constraints+scores+assignment {(matched - prepared).TotalSeconds:F2} s, total {matched.TotalSeconds:F2} s (CPU {cpu.TotalSeconds:F2} s); {result.FeasiblePairs:N0} feasible pairs, {result.Matches.Count} matched, {result.Unmatched.Count} waiting, total score {result.TotalScore:F3}"));
}
