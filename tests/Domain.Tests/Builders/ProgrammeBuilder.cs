using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Tests.Builders;

/// <summary>A valid programme draft by default; each With… changes one thing.</summary>
public sealed class ProgrammeBuilder
{
    private ProgrammeDraft _draft = new() { Id = "spring-2026", Name = "Spring 2026 mentoring" };

    public ProgrammeBuilder WithType(string type) => Change(d => d with { Type = type });

    public ProgrammeBuilder WithId(string id) => Change(d => d with { Id = id });

    public ProgrammeBuilder WithMatching(MatchingDraft matching) => Change(d => d with { Matching = matching });

    public ProgrammeBuilder WithMinimumOverlap(string overlap) =>
        Change(d => d with { Matching = (d.Matching ?? new MatchingDraft()) with { MinimumWeeklyOverlap = overlap } });

    public ProgrammeBuilder WithTopK(int topK) => Change(d => d with { Matching = (d.Matching ?? new MatchingDraft()) with { TopK = topK } });

    public ProgrammeBuilder WithPeerBand(int band) => Change(d => d with { Matching = (d.Matching ?? new MatchingDraft()) with { PeerSeniorityBand = band } });

    public ProgrammeBuilder WithMaxRematchAttempts(int attempts) =>
        Change(d => d with { Matching = (d.Matching ?? new MatchingDraft()) with { MaxRematchAttempts = attempts } });

    public ProgrammeBuilder WithWeights(MatchingWeightsDraft weights) =>
        Change(d => d with { Matching = (d.Matching ?? new MatchingDraft()) with { Weights = weights } });

    public ProgrammeBuilder WithCapacity(int capacity) => Change(d => d with { DefaultMentorCapacity = capacity });

    public ProgrammeBuilder With(Func<ProgrammeDraft, ProgrammeDraft> change) => Change(change);

    public ProgrammeDraft Draft() => _draft;

    public Programme Build() => Programme.Create(_draft).Value;

    private ProgrammeBuilder Change(Func<ProgrammeDraft, ProgrammeDraft> change)
    {
        _draft = change(_draft);
        return this;
    }
}
