using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Storage;

/// <summary>Where programmes are kept. Every method is safe to call again with the same arguments.</summary>
public interface IProgrammeStore
{
    Task<StoredProgramme?> GetAsync(ProgrammeId id, CancellationToken cancellationToken);

    /// <summary>Adds a programme; null when one with that id exists already (nothing is changed then).</summary>
    Task<StoredProgramme?> TryAddAsync(ProgrammeId id, ProgrammeDraft draft, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Adds or replaces a programme. With <paramref name="expectedVersion"/>, replaces only that version and returns
    /// null when the stored one differs (a concurrent update won).
    /// </summary>
    Task<StoredProgramme?> PutAsync(ProgrammeId id, ProgrammeDraft draft, string? expectedVersion, DateTimeOffset at, CancellationToken cancellationToken);
}
