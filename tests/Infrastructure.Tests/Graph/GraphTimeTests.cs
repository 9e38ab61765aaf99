using MentorFlow.Infrastructure.Graph;
using Microsoft.Graph.Models;

namespace MentorFlow.Infrastructure.Tests.Graph;

public sealed class GraphTimeTests
{
    [Fact]
    public void Writes_utc_whatever_the_offset_of_the_input()
    {
        var written = GraphTime.ToGraph(new DateTimeOffset(2026, 3, 9, 11, 0, 0, TimeSpan.FromHours(-4)));

        Assert.Equal("2026-03-09T15:00:00", written.DateTime);
        Assert.Equal("UTC", written.TimeZone);
    }

    [Fact]
    public void Reads_a_time_in_the_windows_zone_graph_names()
    {
        var read = GraphTime.FromGraph(new DateTimeTimeZone { DateTime = "2026-03-09T09:00:00.0000000", TimeZone = "Eastern Standard Time" });

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 13, 0, 0, TimeSpan.Zero), read);
    }
}
