using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Cosmos.Mentoring;

/// <summary>
/// Mentor capacity on Cosmos DB: the programme's pool is one document (<see cref="CapacityPoolDocument"/>); each
/// change reads it, applies <see cref="CapacityLedger"/>'s rule, and replaces it with If-Match, starting again when
/// another writer won. So two journeys can never take the last place twice, and the one-place-per-mentee rule holds
/// across mentors, which per-mentor seat documents could not check atomically.
/// </summary>
public sealed class CosmosCapacityStore : ICapacityStore
{
    private readonly DocumentContainer _documents;

    public CosmosCapacityStore(CosmosMentoringDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _documents = database.Documents(MentoringContainer.Name);
    }

    public async Task JoinAsync(ProgrammeId programme, ParticipantId mentor, int capacity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mentor);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        await ChangeAsync(programme, pool =>
        {
            if (pool.Seats.Any(seat => seat.Mentor == mentor.Value))
            {
                return (false, true);
            }

            pool.Seats.Add(new SeatEntry(mentor.Value, capacity, Paused: false));
            return (true, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<HoldOutcome> TryHoldAsync(ProgrammeId programme, ParticipantId mentee, ParticipantId mentor, CancellationToken cancellationToken)
        => ChangeAsync(programme, pool =>
        {
            var ledger = pool.ToLedger();
            if (ledger.HoldingOf(mentee) is { } held)
            {
                return (false, held.Mentor == mentor ? HoldOutcome.Held : HoldOutcome.HoldsAnother);
            }

            if (!ledger.Mentors.Contains(mentor))
            {
                return (false, HoldOutcome.NotInPool);
            }

            if (ledger.IsPaused(mentor))
            {
                return (false, HoldOutcome.Paused);
            }

            if (!ledger.Propose(mentee, mentor).IsSuccess)
            {
                return (false, HoldOutcome.Full);
            }

            pool.TakeFrom(ledger);
            return (true, HoldOutcome.Held);
        }, cancellationToken);

    public Task<bool> AcceptAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken)
        => ChangeAsync(programme, pool =>
        {
            var ledger = pool.ToLedger();
            switch (ledger.HoldingOf(mentee))
            {
                case null:
                    return (false, false);
                case { State: HoldingState.Active }:
                    return (false, true);
                default:
                    ledger.Accept(mentee);
                    pool.TakeFrom(ledger);
                    return (true, true);
            }
        }, cancellationToken);

    public Task<ParticipantId?> ReleaseAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken)
        => ChangeAsync(programme, pool =>
        {
            var ledger = pool.ToLedger();
            if (ledger.HoldingOf(mentee) is not { } holding)
            {
                return (false, (ParticipantId?)null);
            }

            _ = holding.State == HoldingState.Proposed ? ledger.EndProposal(mentee) : ledger.Close(mentee);
            pool.TakeFrom(ledger);
            return (true, holding.Mentor);
        }, cancellationToken);

    public Task<IReadOnlyList<ParticipantId>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
        => ChangeAsync(programme, pool =>
        {
            var ledger = pool.ToLedger();
            var paused = ledger.Pause(mentor);
            if (!paused.IsSuccess)
            {
                return (false, (IReadOnlyList<ParticipantId>)[]);
            }

            pool.TakeFrom(ledger);
            return (true, (IReadOnlyList<ParticipantId>)paused.Value.Select(holding => holding.Mentee).ToList());
        }, cancellationToken);

    public async Task ResumeAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
        => await ChangeAsync(programme, pool =>
        {
            var ledger = pool.ToLedger();
            if (!ledger.Resume(mentor).IsSuccess)
            {
                return (false, true);
            }

            pool.TakeFrom(ledger);
            return (true, true);
        }, cancellationToken).ConfigureAwait(false);

    public async Task<CapacitySnapshot> ReadAsync(ProgrammeId programme, CancellationToken cancellationToken)
        => (await ReadPoolAsync(programme, cancellationToken).ConfigureAwait(false)).ToSnapshot();

    /// <summary>
    /// Reads the pool, lets <paramref name="change"/> decide (and say whether it changed anything), and writes it
    /// conditionally on the ETag read; on a conflict the decision is taken again over the newer pool.
    /// </summary>
    private async Task<T> ChangeAsync<T>(ProgrammeId programme, Func<CapacityPoolDocument, (bool Changed, T Outcome)> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(programme);
        while (true)
        {
            var pool = await ReadPoolAsync(programme, cancellationToken).ConfigureAwait(false);
            var (changed, outcome) = change(pool);
            if (!changed)
            {
                return outcome;
            }

            var written = pool.ETag is null
                ? await _documents.CreateAsync(pool, cancellationToken).ConfigureAwait(false)
                : await _documents.ReplaceAsync(pool, cancellationToken).ConfigureAwait(false);
            if (written)
            {
                return outcome;
            }
        }
    }

    private async Task<CapacityPoolDocument> ReadPoolAsync(ProgrammeId programme, CancellationToken cancellationToken)
        => await _documents.ReadAsync<CapacityPoolDocument>(CapacityPoolDocument.DocumentId, programme.Value, cancellationToken).ConfigureAwait(false)
           ?? new CapacityPoolDocument { Id = CapacityPoolDocument.DocumentId, Pk = programme.Value };
}
