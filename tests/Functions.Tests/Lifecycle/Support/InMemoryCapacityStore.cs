using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// Test support: each programme's pool is a <see cref="CapacityLedger"/> behind a lock, so every call is one atomic
/// check-and-write with the ledger's own rules, and repeats are idempotent as the port requires.
/// </summary>
public sealed class InMemoryCapacityStore : ICapacityStore
{
    private readonly Dictionary<ProgrammeId, CapacityLedger> _pools = [];

    public Task JoinAsync(ProgrammeId programme, ParticipantId mentor, int capacity, CancellationToken cancellationToken) =>
        Locked(programme, ledger => ledger.Join(mentor, capacity));

    public Task<HoldOutcome> TryHoldAsync(ProgrammeId programme, ParticipantId mentee, ParticipantId mentor, CancellationToken cancellationToken) =>
        Locked(programme, ledger =>
        {
            if (ledger.HoldingOf(mentee) is { } holding)
            {
                return holding.Mentor == mentor ? HoldOutcome.Held : HoldOutcome.HoldsAnother;
            }

            if (!ledger.Mentors.Contains(mentor))
            {
                return HoldOutcome.NotInPool;
            }

            if (ledger.IsPaused(mentor))
            {
                return HoldOutcome.Paused;
            }

            return ledger.Propose(mentee, mentor).IsSuccess ? HoldOutcome.Held : HoldOutcome.Full;
        });

    public Task<bool> AcceptAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken) =>
        Locked(programme, ledger => ledger.HoldingOf(mentee) is { State: HoldingState.Active } || ledger.Accept(mentee).IsSuccess);

    public Task<ParticipantId?> ReleaseAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken) =>
        Locked(programme, ledger => ledger.HoldingOf(mentee) switch
        {
            { State: HoldingState.Proposed } => ledger.EndProposal(mentee).Value.Mentor,
            { State: HoldingState.Active } => ledger.Close(mentee).Value.Mentor,
            _ => null,
        });

    public Task<IReadOnlyList<ParticipantId>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken) =>
        Locked(programme, ledger =>
        {
            var paused = ledger.Pause(mentor);
            return paused.IsSuccess ? (IReadOnlyList<ParticipantId>)[.. paused.Value.Select(h => h.Mentee)] : [];
        });

    public Task ResumeAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken) =>
        Locked(programme, ledger => ledger.Resume(mentor));

    public Task<CapacitySnapshot> ReadAsync(ProgrammeId programme, CancellationToken cancellationToken) =>
        Locked(programme, ledger => new CapacitySnapshot(
            [.. ledger.Mentors.Select(m => new MentorSeat(m, ledger.Capacity(m), ledger.IsPaused(m)))],
            [.. ledger.Holdings]));

    private Task<T> Locked<T>(ProgrammeId programme, Func<CapacityLedger, T> change)
    {
        lock (_pools)
        {
            if (!_pools.TryGetValue(programme, out var ledger))
            {
                ledger = new CapacityLedger();
                _pools.Add(programme, ledger);
            }

            return Task.FromResult(change(ledger));
        }
    }
}
