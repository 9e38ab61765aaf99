namespace MentorFlow.Domain.Matching;

/// <summary>What happens after a proposal was declined or lapsed.</summary>
public enum RematchStep
{
    /// <summary>Propose the next-best mentor (or let the mentee choose among the suggestions).</summary>
    Propose,

    /// <summary>No feasible mentor has room: the mentee waits.</summary>
    Wait,

    /// <summary>Too many failed proposals: the administrator takes over.</summary>
    Escalate,
}
