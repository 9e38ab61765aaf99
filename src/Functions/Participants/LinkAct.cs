namespace MentorFlow.Functions.Participants;

/// <summary>What a valid POST does once its link is redeemed, and what the confirmation page then says.</summary>
public abstract record LinkAct(string Done, string Explanation);

/// <summary>Raise <paramref name="EventName"/> with <paramref name="Payload"/> to the link's journey.</summary>
public sealed record RaiseJourneyEvent(string EventName, object Payload, string Done, string Explanation) : LinkAct(Done, Explanation);

/// <summary>Pause the link's mentor (no new proposals; open ones withdrawn).</summary>
public sealed record PauseMentor(string Done, string Explanation) : LinkAct(Done, Explanation);
