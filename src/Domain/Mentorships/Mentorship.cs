using System.Collections.Frozen;
using System.Collections.ObjectModel;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.CloseOut;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Mentorships;

/// <summary>
/// A mentor with one mentee (a pair) or several (a group, in group programmes), moving through
/// proposed → accepted → agreement pending → active → closing → closed, or ending declined or cancelled.
/// Every change goes through a guarded method that answers with a result: an illegal move names the
/// current and the requested status and changes nothing. Times are passed in by the caller.
/// </summary>
public sealed class Mentorship
{
    private static readonly FrozenDictionary<MentorshipStatus, MentorshipStatus[]> AllowedMoves =
        new Dictionary<MentorshipStatus, MentorshipStatus[]>
        {
            [MentorshipStatus.Proposed] = [MentorshipStatus.Accepted, MentorshipStatus.Declined, MentorshipStatus.Cancelled],
            [MentorshipStatus.Accepted] = [MentorshipStatus.AgreementPending, MentorshipStatus.Cancelled],
            [MentorshipStatus.AgreementPending] = [MentorshipStatus.Active, MentorshipStatus.Cancelled],
            [MentorshipStatus.Active] = [MentorshipStatus.Closing],
            [MentorshipStatus.Closing] = [MentorshipStatus.Closed],
            [MentorshipStatus.Closed] = [],
            [MentorshipStatus.Declined] = [],
            [MentorshipStatus.Cancelled] = [],
        }.ToFrozenDictionary();

    private readonly List<string> _menteeIds;
    private readonly List<MentorshipTransition> _history;

    private Mentorship(string id, string programmeId, MentorshipKind kind, string mentorId, List<string> menteeIds, int capacity, DateTimeOffset proposedAt)
    {
        Id = id;
        ProgrammeId = programmeId;
        Kind = kind;
        MentorId = mentorId;
        Capacity = capacity;
        _menteeIds = menteeIds;
        Status = MentorshipStatus.Proposed;
        _history = [new MentorshipTransition(null, MentorshipStatus.Proposed, proposedAt)];
    }

    public string Id { get; }

    public string ProgrammeId { get; }

    public MentorshipKind Kind { get; }

    public string MentorId { get; }

    /// <summary>How many mentees this mentorship can hold: 1 for a pair, the group size for a group.</summary>
    public int Capacity { get; }

    public IReadOnlyList<string> MenteeIds => new ReadOnlyCollection<string>(_menteeIds);

    public MentorshipStatus Status { get; private set; }

    /// <summary>Every status the mentorship has had, oldest first, starting with its proposal.</summary>
    public IReadOnlyList<MentorshipTransition> History => new ReadOnlyCollection<MentorshipTransition>(_history);

    /// <summary>Set when someone asked to end the mentorship early.</summary>
    public EarlyCloseRequest? EarlyClose { get; private set; }

    /// <summary>Whether no further status change is possible.</summary>
    public bool IsFinished => AllowedMoves[Status].Length == 0;

    /// <summary>Proposes one mentor to one mentee.</summary>
    public static Result<Mentorship> ProposePair(string id, string programmeId, string mentorId, string menteeId, DateTimeOffset at)
    {
        var errors = new List<FieldError>();
        CheckIds(id, programmeId, mentorId, errors);
        if (string.IsNullOrWhiteSpace(menteeId))
        {
            errors.Add(new FieldError("menteeId", "A mentee is required."));
        }
        else if (menteeId == mentorId)
        {
            errors.Add(new FieldError("menteeId", "A mentor cannot mentor themselves."));
        }

        return errors.Count > 0
            ? Result<Mentorship>.Failure(errors)
            : Result<Mentorship>.Success(new Mentorship(id, programmeId, MentorshipKind.Pair, mentorId, [menteeId], 1, at));
    }

    /// <summary>Proposes a group: one mentor, one or more mentees to begin with, up to <paramref name="capacity"/>.</summary>
    public static Result<Mentorship> ProposeGroup(string id, string programmeId, string mentorId, IReadOnlyList<string> menteeIds, int capacity, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(menteeIds);
        var errors = new List<FieldError>();
        CheckIds(id, programmeId, mentorId, errors);
        if (capacity < 2)
        {
            errors.Add(new FieldError("capacity", "A group needs room for at least two mentees."));
        }

        if (menteeIds.Count == 0)
        {
            errors.Add(new FieldError("menteeIds", "A group starts with at least one mentee."));
        }
        else if (capacity >= 2 && menteeIds.Count > capacity)
        {
            errors.Add(new FieldError("menteeIds", $"A group of capacity {capacity} cannot start with {menteeIds.Count} mentees."));
        }

        for (var i = 0; i < menteeIds.Count; i++)
        {
            var menteeId = menteeIds[i];
            if (string.IsNullOrWhiteSpace(menteeId))
            {
                errors.Add(new FieldError($"menteeIds[{i}]", "A mentee id is required."));
            }
            else if (menteeId == mentorId)
            {
                errors.Add(new FieldError($"menteeIds[{i}]", "A mentor cannot mentor themselves."));
            }
            else if (menteeIds.Take(i).Contains(menteeId, StringComparer.Ordinal))
            {
                errors.Add(new FieldError($"menteeIds[{i}]", "This mentee is already in the group."));
            }
        }

        return errors.Count > 0
            ? Result<Mentorship>.Failure(errors)
            : Result<Mentorship>.Success(new Mentorship(id, programmeId, MentorshipKind.Group, mentorId, [.. menteeIds], capacity, at));
    }

    /// <summary>
    /// Brings a stored mentorship back by proposing it again and replaying its history through the same
    /// guards; an impossible history is refused with the position of the first bad step.
    /// </summary>
    public static Result<Mentorship> Restore(MentorshipSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.History is not [{ From: null, To: MentorshipStatus.Proposed } proposal, ..])
        {
            return Result<Mentorship>.Failure("history[0]", "A mentorship's history starts with its proposal.");
        }

        var proposed = snapshot.Kind == MentorshipKind.Group
            ? ProposeGroup(snapshot.Id, snapshot.ProgrammeId, snapshot.MentorId, snapshot.MenteeIds, snapshot.Capacity, proposal.At)
            : snapshot.MenteeIds is [var menteeId]
                ? ProposePair(snapshot.Id, snapshot.ProgrammeId, snapshot.MentorId, menteeId, proposal.At)
                : Result<Mentorship>.Failure("menteeIds", "A pair has exactly one mentee.");
        if (!proposed.IsSuccess)
        {
            return proposed;
        }

        var mentorship = proposed.Value;
        for (var i = 1; i < snapshot.History.Count; i++)
        {
            var step = snapshot.History[i];
            var moved = step.From == mentorship.Status
                ? mentorship.MoveTo(step.To, step.At)
                : Result<MentorshipTransition>.Failure("from", $"The step starts from {step.From}, but the mentorship was {mentorship.Status}.");
            if (!moved.IsSuccess)
            {
                return Result<Mentorship>.Failure($"history[{i}]", moved.Errors[0].Message);
            }
        }

        if (snapshot.EarlyCloseRequestedBy is { } requestedBy)
        {
            var closingStep = mentorship._history.LastOrDefault(t => t.To is MentorshipStatus.Closing or MentorshipStatus.Cancelled);
            var request = closingStep is null
                ? Result<EarlyCloseRequest>.Failure("earlyCloseRequestedBy", "An early close needs a move to closing or cancelled in the history.")
                : EarlyCloseRequest.Create(requestedBy, snapshot.EarlyCloseReason, closingStep.At);
            if (!request.IsSuccess)
            {
                return Result<Mentorship>.Failure(request.Errors);
            }

            mentorship.EarlyClose = request.Value;
        }

        return Result<Mentorship>.Success(mentorship);
    }

    public MentorshipSnapshot ToSnapshot() =>
        new(Id, ProgrammeId, Kind, MentorId, [.. _menteeIds], Capacity, [.. _history], EarlyClose?.RequestedBy, EarlyClose?.Reason);

    /// <summary>Whether the rules allow moving from the current status to <paramref name="status"/>.</summary>
    public bool CanMoveTo(MentorshipStatus status) => AllowedMoves[Status].Contains(status);

    /// <summary>A mentee joins a group that is still open (not closing or finished) and has room.</summary>
    public Result<Mentorship> AddMentee(string menteeId)
    {
        if (string.IsNullOrWhiteSpace(menteeId))
        {
            return Result<Mentorship>.Failure("menteeId", "A mentee id is required.");
        }

        if (Kind != MentorshipKind.Group)
        {
            return Result<Mentorship>.Failure("menteeId", "Only a group mentorship can take another mentee.");
        }

        if (Status is MentorshipStatus.Closing || IsFinished)
        {
            return Result<Mentorship>.Failure("status", $"A group that is {Status} cannot take another mentee.");
        }

        if (menteeId == MentorId || _menteeIds.Contains(menteeId, StringComparer.Ordinal))
        {
            return Result<Mentorship>.Failure("menteeId", "This person is already in the group.");
        }

        if (_menteeIds.Count >= Capacity)
        {
            return Result<Mentorship>.Failure("menteeId", $"The group is full ({Capacity} mentees).");
        }

        _menteeIds.Add(menteeId);
        return Result<Mentorship>.Success(this);
    }

    /// <summary>The mentor accepted the proposal.</summary>
    public Result<MentorshipTransition> Accept(DateTimeOffset at) => MoveTo(MentorshipStatus.Accepted, at);

    /// <summary>The mentor declined the proposal.</summary>
    public Result<MentorshipTransition> Decline(DateTimeOffset at) => MoveTo(MentorshipStatus.Declined, at);

    /// <summary>The agreement has been asked for.</summary>
    public Result<MentorshipTransition> RequestAgreement(DateTimeOffset at) => MoveTo(MentorshipStatus.AgreementPending, at);

    /// <summary>Both sides confirmed the agreement: the mentorship starts.</summary>
    public Result<MentorshipTransition> Activate(Agreement agreement, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (Status == MentorshipStatus.AgreementPending && !agreement.IsConfirmed)
        {
            return Result<MentorshipTransition>.Failure("agreement", "Both the mentee and the mentor must confirm the agreement first.");
        }

        return MoveTo(MentorshipStatus.Active, at);
    }

    /// <summary>The term is over: the final review begins.</summary>
    public Result<MentorshipTransition> BeginClose(DateTimeOffset at) => MoveTo(MentorshipStatus.Closing, at);

    /// <summary>The final review is done.</summary>
    public Result<MentorshipTransition> Close(DateTimeOffset at) => MoveTo(MentorshipStatus.Closed, at);

    /// <summary>Called off before it became active, for example a proposal withdrawn because the mentor paused.</summary>
    public Result<MentorshipTransition> Cancel(DateTimeOffset at) => MoveTo(MentorshipStatus.Cancelled, at);

    /// <summary>
    /// Someone asked to end early. An active mentorship goes to closing (a final review still happens);
    /// one that has not started yet is cancelled. A finished or already closing one refuses.
    /// </summary>
    public Result<MentorshipTransition> RequestEarlyClose(EarlyCloseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = Status == MentorshipStatus.Active ? MentorshipStatus.Closing : MentorshipStatus.Cancelled;
        var moved = MoveTo(target, request.RequestedAt);
        if (moved.IsSuccess)
        {
            EarlyClose = request;
        }

        return moved;
    }

    private Result<MentorshipTransition> MoveTo(MentorshipStatus target, DateTimeOffset at)
    {
        if (!CanMoveTo(target))
        {
            return Result<MentorshipTransition>.Failure("status", $"A mentorship cannot move from {Status} to {target}.");
        }

        var last = _history[^1];
        if (at < last.At)
        {
            return Result<MentorshipTransition>.Failure("at", $"The move to {target} cannot be earlier than the move to {last.To} ({last.At:O}).");
        }

        var transition = new MentorshipTransition(Status, target, at);
        _history.Add(transition);
        Status = target;
        return Result<MentorshipTransition>.Success(transition);
    }

    private static void CheckIds(string id, string programmeId, string mentorId, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            errors.Add(new FieldError("id", "A mentorship id is required."));
        }

        if (string.IsNullOrWhiteSpace(programmeId))
        {
            errors.Add(new FieldError("programmeId", "A programme id is required."));
        }

        if (string.IsNullOrWhiteSpace(mentorId))
        {
            errors.Add(new FieldError("mentorId", "A mentor is required."));
        }
    }
}
