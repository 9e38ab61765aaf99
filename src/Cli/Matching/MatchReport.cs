using System.Text.Json;
using MentorFlow.Domain.Common;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;

namespace MentorFlow.Cli.Matching;

/// <summary>The <c>matches.json</c> that <c>mentorflow match</c> writes: plain records so the shape is visible in one place.</summary>
public sealed record MatchReport(
    string Programme,
    string Week,
    string Mode,
    int Mentees,
    int Mentors,
    long FeasiblePairs,
    double TotalScore,
    IReadOnlyList<MatchReport.MatchEntry> Matches,
    IReadOnlyList<MatchReport.WaitingEntry> Waiting,
    IReadOnlyList<MatchReport.SuggestionsEntry>? Suggestions)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static MatchReport From(MatchInput input, CohortResult result, IReadOnlyList<SuggestionsEntry>? suggestions)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(result);
        var people = input.Mentees.Select(m => m.Profile).Concat(input.Mentors.Select(m => m.Profile))
            .GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        return new MatchReport(
            input.Programme.Id.Value,
            input.Week.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            EnumText.ToText(input.Programme.Matching.Mode),
            input.Mentees.Count,
            input.Mentors.Count,
            result.FeasiblePairs,
            Math.Round(result.TotalScore, 6),
            result.Matches.Select(m => MatchEntry.From(m, people)).ToArray(),
            result.Unmatched.Select(u => new WaitingEntry(Person.From(people[u.Mentee]), u.Reason)).ToArray(),
            suggestions);
    }

    public static IReadOnlyList<SuggestionsEntry> SuggestionsFor(MatchInput input, MatchingIndex index)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(index);
        var ledger = new CapacityLedger();
        foreach (var mentor in input.Mentors)
        {
            ledger.Join(mentor.Id, mentor.Capacity);
        }

        var people = input.Mentors.ToDictionary(m => m.Id, m => m.Profile);
        return index.Mentees
            .Select(m => new SuggestionsEntry(
                m.Id.Value,
                index.Suggest(m.Id, ledger).Select(s => new Suggestion(Person.From(people[s.Mentor]), Math.Round(s.Score, 4), s.Reasons)).ToArray()))
            .ToArray();
    }

    public async Task WriteAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(file);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    public sealed record Person(string Id, string Name, string Email, string TimeZone)
    {
        public static Person From(ParticipantProfile profile)
        {
            ArgumentNullException.ThrowIfNull(profile);
            return new Person(profile.Id.Value, profile.Name, profile.Email.Value, profile.TimeZone.Id);
        }
    }

    public sealed record MatchEntry(Person Mentee, Person Mentor, double Score, int WeeklyOverlapMinutes, IReadOnlyDictionary<string, double> Components, IReadOnlyList<string> Reasons)
    {
        public static MatchEntry From(CandidateMatch match, IReadOnlyDictionary<ParticipantId, ParticipantProfile> people)
        {
            ArgumentNullException.ThrowIfNull(match);
            ArgumentNullException.ThrowIfNull(people);
            return new MatchEntry(
                Person.From(people[match.Mentee]),
                Person.From(people[match.Mentor]),
                Math.Round(match.Score, 4),
                (int)match.WeeklyOverlap.TotalMinutes,
                match.Components.ToDictionary(c => EnumText.ToText(c.Key), c => Math.Round(c.Value, 4)),
                match.Reasons);
        }
    }

    public sealed record WaitingEntry(Person Mentee, string Reason);

    public sealed record Suggestion(Person Mentor, double Score, IReadOnlyList<string> Reasons);

    public sealed record SuggestionsEntry(string Mentee, IReadOnlyList<Suggestion> Mentors);
}
