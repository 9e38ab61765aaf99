namespace MentorFlow.Domain.Common;

/// <summary>
/// Gathers every refusal of one input so that a factory reports all bad fields at once instead of the first.
/// </summary>
public sealed class FieldErrorCollector
{
    private readonly List<FieldError> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public IReadOnlyList<FieldError> Errors => _errors;

    public void Add(string field, string message) => _errors.Add(new FieldError(field, message));

    /// <summary>Keeps the errors of <paramref name="result"/> and returns its value, or <paramref name="fallback"/> when it failed.</summary>
    public T Take<T>(Result<T> result, T fallback)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsSuccess)
        {
            return result.Value;
        }

        _errors.AddRange(result.Errors);
        return fallback;
    }

    /// <summary>Keeps the errors of <paramref name="result"/> and returns its value, or null when it failed.</summary>
    public T? TakeOrNull<T>(Result<T> result)
        where T : class => Take(result!, null);

    /// <summary>Keeps the errors of <paramref name="result"/> and returns its value, or null when it failed.</summary>
    public T? TakeValueOrNull<T>(Result<T> result)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(result);
        return Take(result.Map(v => (T?)v), null);
    }

    public Result<T> ToResult<T>(Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        return HasErrors ? Result<T>.Failure(_errors.ToArray()) : Result<T>.Success(build());
    }
}
