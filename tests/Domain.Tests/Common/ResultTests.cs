using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Tests.Common;

public class ResultTests
{
    [Fact]
    public void A_failure_keeps_every_field_error_and_refuses_to_give_a_value()
    {
        var result = Result<int>.Failure([new FieldError("email", "is required"), new FieldError("timeZone", "is unknown")]);

        Assert.False(result.IsSuccess);
        Assert.Equal(["email", "timeZone"], result.Errors.Select(e => e.Field));
        var error = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("email: is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_transforms_a_success_and_carries_a_failure_through()
    {
        Assert.Equal("42", Result<int>.Success(42).Map(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
        Assert.Equal("x", Assert.Single(Result<int>.Failure("x", "bad").Map(v => v + 1).Errors).Field);
    }

    [Fact]
    public void A_failure_without_errors_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Result<int>.Failure([]));
    }
}
