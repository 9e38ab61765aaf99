using System.Security.Cryptography;
using System.Text;
using MentorFlow.Domain.Enrolments;
using MentorFlow.Domain.Matching;
using MentorFlow.Domain.Programmes;
using MentorFlow.Domain.Storage;
using MentorFlow.Infrastructure.Cosmos.Orchestration;

namespace MentorFlow.Infrastructure.Cosmos.Mentoring;

/// <summary>
/// The domain data's container: partitioned by <c>/pk</c>, which is the programme id for every document, so that
/// each hot path (a journey's reads and writes, a capacity hold, listing a programme's mentors) stays inside one
/// logical partition. See <c>docs/architecture.md</c>, "Cosmos DB storage", for the limits that follow.
/// </summary>
public static class MentoringContainer
{
    public const string Name = "mentoring";

    internal static string ParticipantDocumentId(ParticipantId id) => "p-" + Hash(id.Value);

    // Participant ids come from enrolment forms; document ids travel in URLs, so they are a hash of them.
    private static string Hash(string value)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

/// <summary>A programme: its validated draft; the ETag is its version.</summary>
internal sealed class ProgrammeDocument : CosmosDocument
{
    public const string DocumentId = "programme";

    public override string Kind => "programme";

    public required ProgrammeDraft Draft { get; set; }

    public required DateTimeOffset UpdatedAt { get; set; }

    public StoredProgramme ToStored() => new(Draft, ETag!, UpdatedAt);
}

/// <summary>One accepted enrolment, in its programme's partition.</summary>
internal sealed class ParticipantDocument : CosmosDocument
{
    public override string Kind => "participant";

    public required string ParticipantId { get; init; }

    public required EnrolmentRole Role { get; init; }

    public required EnrolmentDraft Draft { get; init; }

    public required DateTimeOffset EnrolledAt { get; init; }

    public required ParticipantStatus Status { get; set; }

    public static ParticipantDocument Of(StoredParticipant participant) => new()
    {
        Id = MentoringContainer.ParticipantDocumentId(participant.Id),
        Pk = participant.Programme.Value,
        ParticipantId = participant.Id.Value,
        Role = participant.Role,
        Draft = participant.Draft,
        EnrolledAt = participant.EnrolledAt,
        Status = participant.Status,
    };

    public StoredParticipant ToStored(ProgrammeId programme)
        => new(programme, new ParticipantId(ParticipantId), Role, Draft, EnrolledAt, Status);
}

/// <summary>
/// A programme's whole mentor pool in one document: seats and every place held. One document, so that every rule of
/// <see cref="CapacityLedger"/> (also "a mentee holds at most one place", which spans mentors) is checked and written
/// in one conditional replace.
/// </summary>
internal sealed class CapacityPoolDocument : CosmosDocument
{
    public const string DocumentId = "capacity-pool";

    public override string Kind => "capacity-pool";

    public List<SeatEntry> Seats { get; set; } = [];

    public List<HoldingEntry> Holdings { get; set; } = [];

    /// <summary>The ledger the pool stands for: seats joined, places taken, then pauses (a paused mentor has no proposals).</summary>
    public CapacityLedger ToLedger()
    {
        var ledger = new CapacityLedger();
        foreach (var seat in Seats)
        {
            ledger.Join(new ParticipantId(seat.Mentor), seat.Capacity);
        }

        foreach (var holding in Holdings)
        {
            ledger.Propose(new ParticipantId(holding.Mentee), new ParticipantId(holding.Mentor));
            if (holding.State == HoldingState.Active)
            {
                ledger.Accept(new ParticipantId(holding.Mentee));
            }
        }

        foreach (var seat in Seats.Where(seat => seat.Paused))
        {
            ledger.Pause(new ParticipantId(seat.Mentor));
        }

        return ledger;
    }

    /// <summary>Writes the ledger back, keeping the seats in joining order.</summary>
    public void TakeFrom(CapacityLedger ledger)
    {
        Seats = Seats.Select(seat => seat with { Paused = ledger.IsPaused(new ParticipantId(seat.Mentor)) }).ToList();
        Holdings = ledger.Holdings
            .OrderBy(holding => holding.Mentee.Value, StringComparer.Ordinal)
            .Select(holding => new HoldingEntry(holding.Mentee.Value, holding.Mentor.Value, holding.State))
            .ToList();
    }

    public CapacitySnapshot ToSnapshot() => new(
        Seats.OrderBy(seat => seat.Mentor, StringComparer.Ordinal)
            .Select(seat => new MentorSeat(new ParticipantId(seat.Mentor), seat.Capacity, seat.Paused)).ToList(),
        Holdings.OrderBy(holding => holding.Mentee, StringComparer.Ordinal)
            .Select(holding => new Holding(new ParticipantId(holding.Mentee), new ParticipantId(holding.Mentor), holding.State)).ToList());
}

internal sealed record SeatEntry(string Mentor, int Capacity, bool Paused);

internal sealed record HoldingEntry(string Mentee, string Mentor, HoldingState State);
