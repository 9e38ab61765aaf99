using MentorFlow.Domain.Common;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>The outcome of one calendar operation: a value, or a failure the caller is expected to handle.</summary>
public sealed class CalendarResult<T>
{
    private readonly T? _value;

    private CalendarResult(T? value, CalendarFailureKind? failure, int? statusCode, string? errorCode, string? message, IReadOnlyList<FieldError> fieldErrors)
    {
        _value = value;
        Failure = failure;
        StatusCode = statusCode;
        ErrorCode = errorCode;
        Message = message;
        FieldErrors = fieldErrors;
    }

    public bool IsSuccess => Failure is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"A failed calendar result has no value: {Failure} {Message}");

    public CalendarFailureKind? Failure { get; }

    public int? StatusCode { get; }

    /// <summary>Graph's error code, such as <c>ErrorItemNotFound</c>.</summary>
    public string? ErrorCode { get; }

    public string? Message { get; }

    /// <summary>Refusals found before calling Graph, naming the field of the request.</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; }

    public static CalendarResult<T> Success(T value) => new(value, null, null, null, null, []);

    public static CalendarResult<T> Failed(CalendarFailureKind failure, int? statusCode, string? errorCode, string? message) =>
        new(default, failure, statusCode, errorCode, message, []);

    public static CalendarResult<T> Invalid(IReadOnlyList<FieldError> errors) =>
        new(default, CalendarFailureKind.Refused, null, null, "The request is invalid.", errors);
}
