using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;

namespace MentorFlow.Domain.Storage;

/// <summary>One mentor's seat in a programme's pool.</summary>
public sealed record MentorSeat(ParticipantId Mentor, int Capacity, bool Paused);

/// <summary>A programme's pool as kept, read at one moment: the seats and every place held.</summary>
public sealed record CapacitySnapshot(IReadOnlyList<MentorSeat> Seats, IReadOnlyList<Holding> Holdings);
