namespace MentorFlow.Domain.Common;

/// <summary>
/// The outcome of an operation whose failure is expected (invalid input, a rule that refuses):
/// either a value or the field errors that explain the refusal. Exceptions stay for the unexpected.
/// </summary>
public sealed class Result<T>
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<FieldError> errors)
    {
        _value = value;
        Errors = errors;
    }

    public bool IsSuccess => Errors.Count == 0;

    public IReadOnlyList<FieldError> Errors { get; }

    /// <summary>The value of a successful result; reading it from a failed one is a programming error.</summary>
    public T Value => IsSuccess
        ? _value!
        : throw new InvalidOperationException("A failed result has no value: " + string.Join("; ", Errors.Select(e => $"{e.Field}: {e.Message}")));

    public static Result<T> Success(T value) => new(value, []);

    public static Result<T> Failure(IReadOnlyList<FieldError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 0
            ? throw new ArgumentException("A failure needs at least one error.", nameof(errors))
            : new Result<T>(default, errors);
    }

    public static Result<T> Failure(string field, string message) => Failure([new FieldError(field, message)]);

    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Success(map(Value)) : Result<TOut>.Failure(Errors);
    }
}
