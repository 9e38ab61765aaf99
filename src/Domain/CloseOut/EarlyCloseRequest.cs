using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.CloseOut;

/// <summary>
/// A request to end a mentorship before its term: who asked, why, and when. The reason is the
/// requester's own words; it is shown to the requester and the administrator, not to the other side.
/// </summary>
public sealed class EarlyCloseRequest
{
    public const int ReasonMinLength = 3;
    public const int ReasonMaxLength = 1000;

    private EarlyCloseRequest(CloseRequester requestedBy, string reason, DateTimeOffset requestedAt)
    {
        RequestedBy = requestedBy;
        Reason = reason;
        RequestedAt = requestedAt;
    }

    public CloseRequester RequestedBy { get; }

    public string Reason { get; }

    public DateTimeOffset RequestedAt { get; }

    public static Result<EarlyCloseRequest> Create(CloseRequester requestedBy, string? reason, DateTimeOffset requestedAt)
    {
        var errors = new FieldErrorCollector();
        if (!Enum.IsDefined(requestedBy))
        {
            errors.Add("requestedBy", "must be the mentee, the mentor or the administrator.");
        }

        var text = BoundedText.Read(reason, "reason", ReasonMaxLength, errors, required: true, minLength: ReasonMinLength);
        return errors.HasErrors
            ? Result<EarlyCloseRequest>.Failure(errors.Errors)
            : Result<EarlyCloseRequest>.Success(new EarlyCloseRequest(requestedBy, text!, requestedAt));
    }
}
