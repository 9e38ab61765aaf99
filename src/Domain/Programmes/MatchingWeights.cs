using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Programmes;

/// <summary>How much each score component counts in a programme; the score divides by their sum, so it stays in 0..1.</summary>
public sealed record MatchingWeights(
    double Goals,
    double Skills,
    double Industry,
    double Seniority,
    double CommunicationStyle,
    double Channel,
    double Availability,
    double Background)
{
    public const double MaxWeight = 100;

    /// <summary>Goals and skills lead, as in the seeds: a mentor is chosen for what the mentee wants to learn.</summary>
    public static MatchingWeights Default { get; } = new(3, 3, 1, 2, 1, 1, 1, 1);

    public double Total => Goals + Skills + Industry + Seniority + CommunicationStyle + Channel + Availability + Background;

    public double For(ScoreComponent component) => component switch
    {
        ScoreComponent.Goals => Goals,
        ScoreComponent.Skills => Skills,
        ScoreComponent.Industry => Industry,
        ScoreComponent.Seniority => Seniority,
        ScoreComponent.CommunicationStyle => CommunicationStyle,
        ScoreComponent.Channel => Channel,
        ScoreComponent.Availability => Availability,
        ScoreComponent.Background => Background,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown score component."),
    };
}
