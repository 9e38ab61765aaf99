using System.Collections.Concurrent;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Programmes;
using MentorFlow.Functions.Lifecycle;

namespace MentorFlow.Functions.Tests.Support;

/// <summary>
/// The pause port as the pages see it: it records who was paused and reports as many withdrawn proposals as a test
/// arranged. The real pause (capacity and journeys) is the journey's and is tested there.
/// </summary>
public sealed class RecordingMentorPause : IMentorPause
{
    private readonly ConcurrentQueue<(ProgrammeId Programme, ParticipantId Mentor)> _paused = new();

    public int OpenProposals { get; set; }

    public IReadOnlyList<(ProgrammeId Programme, ParticipantId Mentor)> Paused => [.. _paused];

    public Task<int> PauseAsync(ProgrammeId programme, ParticipantId mentor, CancellationToken cancellationToken)
    {
        _paused.Enqueue((programme, mentor));
        return Task.FromResult(OpenProposals);
    }
}
