namespace MentorFlow.Domain.Common;

/// <summary>
/// One reason an input was refused, naming the field by its path in the input
/// (for example <c>goals[1].targetDate</c>) so the HTTP edge can return it as a problem-details field error.
/// </summary>
public sealed record FieldError(string Field, string Message);
