using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Storage;

/// <summary>
/// A programme as kept: the validated draft it was created from (so <see cref="Programme.Create"/> rebuilds it
/// exactly), and a version that changes with every write, for optimistic concurrency and HTTP ETags.
/// </summary>
public sealed record StoredProgramme(ProgrammeDraft Draft, string Version, DateTimeOffset UpdatedAt);
