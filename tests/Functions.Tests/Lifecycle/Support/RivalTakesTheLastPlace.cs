using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Functions.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MentorFlow.Functions.Tests.Lifecycle.Support;

/// <summary>
/// The host's capacity store, with one race staged: just before the first hold asked of it, a rival mentee takes the
/// mentor's place through the real store, as another journey would between finding the mentor and holding the place.
/// </summary>
public sealed class RivalTakesTheLastPlace(ICapacityStore inner, ParticipantId rival) : ICapacityStore
{
    private int _holds;

    /// <summary>Wraps the store the host registered with this race, for <see cref="LifecycleHost"/>'s configureServices.</summary>
    public static void Stage(IServiceCollection services, ParticipantId rival) =>
        services.Decorate<ICapacityStore>(store => new RivalTakesTheLastPlace(store, rival));

    public async Task<HoldOutcome> TryHoldAsync(ProgrammeId programme, ParticipantId mentee, ParticipantId mentor, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _holds) == 1)
        {
            Assert.Equal(HoldOutcome.Held, await inner.TryHoldAsync(programme, rival, mentor, cancellationToken));
        }

        return await inner.TryHoldAsync(programme, mentee, mentor, cancellationToken);
    }

    public Task JoinAsync(ProgrammeId programme, ParticipantId mentor, int capacity, CancellationToken cancellationToken) =>
        inner.JoinAsync(programme, mentor, capacity, cancellationToken);

    public Task<bool> AcceptAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken) =>
        inner.AcceptAsync(programme, mentee, cancellationToken);

    public Task<ParticipantId?> ReleaseAsync(ProgrammeId programme, ParticipantId mentee, CancellationToken cancellationToken) =>
        inner.ReleaseAsync(programme, mentee, cancellationToken);

    public Task<IReadOnlyList<ParticipantId>> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken) =>
        inner.PauseAsync(programme, mentor, cancellationToken);

    public Task ResumeAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken) =>
        inner.ResumeAsync(programme, mentor, cancellationToken);

    public Task<CapacitySnapshot> ReadAsync(ProgrammeId programme, CancellationToken cancellationToken) =>
        inner.ReadAsync(programme, cancellationToken);
}
