using MentorFlow.Durable;
using MentorFlow.Functions.Management;
using Microsoft.AspNetCore.Http;

namespace MentorFlow.Functions.Tests.Management;

public sealed class QueryParameterReaderTests
{
    [Fact]
    public void Absent_parameters_read_as_null_without_errors()
    {
        var reader = Reader("");

        Assert.Null(reader.Boolean("showInput"));
        Assert.Null(reader.Time("createdTimeFrom"));
        Assert.Null(reader.WholeNumber("top", 1, 1000));
        Assert.Null(reader.Statuses("runtimeStatus"));
        Assert.False(reader.HasErrors);
    }

    [Fact]
    public void Times_are_read_as_utc_with_or_without_an_offset()
    {
        var reader = Reader("?a=2025-03-01T10:00:00Z&b=2025-03-01T12:00:00%2B02:00&c=2025-03-01T10:00:00");

        var expected = new DateTime(2025, 3, 1, 10, 0, 0, DateTimeKind.Utc);
        Assert.Equal(expected, reader.Time("a"));
        Assert.Equal(expected, reader.Time("b"));
        Assert.Equal(expected, reader.Time("c"));
        Assert.All([reader.Time("a")!.Value, reader.Time("c")!.Value], t => Assert.Equal(DateTimeKind.Utc, t.Kind));
    }

    [Fact]
    public void Statuses_are_comma_separated_names_in_any_case()
    {
        var reader = Reader("?runtimeStatus=running,Completed&runtimeStatus=SUSPENDED");

        Assert.Equivalent(
            new[] { OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Suspended },
            reader.Statuses("runtimeStatus"));
    }

    [Fact]
    public void Every_bad_parameter_is_reported_by_name()
    {
        var reader = Reader("?runtimeStatus=Running,Paused,2&createdTimeFrom=yesterday&top=0&showInput=yes");

        reader.Statuses("runtimeStatus");
        reader.Time("createdTimeFrom");
        reader.WholeNumber("top", 1, 1000);
        reader.Boolean("showInput");

        Assert.Equal(
            ["runtimeStatus", "runtimeStatus", "createdTimeFrom", "top", "showInput"],
            reader.Errors.Select(e => e.Field).ToArray());
        Assert.Contains("Paused", reader.Errors[0].Message, StringComparison.Ordinal);
    }

    private static QueryParameterReader Reader(string queryString) => new(new DefaultHttpContext { Request = { QueryString = new QueryString(queryString) } }.Request.Query);
}
