namespace MentorFlow.Durable.Client.Journal;

/// <summary>A start accepted into the <see cref="StartJournal"/>: what the store is to create, and where it is written.</summary>
/// <param name="InstanceId">The instance to create.</param>
/// <param name="Name">The orchestrator's name.</param>
/// <param name="Input">The serialised input (<see cref="DurableJson"/>), or null.</param>
/// <param name="AcceptedAt">When the start was accepted (UTC): the instance's creation time.</param>
public sealed record JournaledStart(string InstanceId, string Name, string? Input, DateTime AcceptedAt);

/// <summary>Where a record lies in the journal: its segment (numbered from 1), offset and frame length.</summary>
public readonly record struct JournalLocation(long Segment, long Offset, int Length);
