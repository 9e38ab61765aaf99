using MentorFlow.Durable.Tests.Support;
using Microsoft.Extensions.Options;

namespace MentorFlow.Durable.Tests.Worker;

public sealed class OptionsValidationTests
{
    [Fact]
    public async Task A_host_with_invalid_runtime_options_fails_to_start_naming_each_wrong_setting()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => DurableTestHost.StartAsync(b => b.Configure(o =>
        {
            o.MaxDequeueCount = 0;
            o.MaxConcurrentActivityFunctions = -1;
            o.HubName = " ";
        })));

        Assert.Contains("DurableTask:MaxDequeueCount must be at least 1 (was 0).", failure.Failures);
        Assert.Contains("DurableTask:MaxConcurrentActivityFunctions must be at least 1 (was -1).", failure.Failures);
        Assert.Contains("DurableTask:HubName must not be empty.", failure.Failures);
    }
}
