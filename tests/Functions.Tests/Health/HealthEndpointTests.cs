using System.Net;
using MentorFlow.Durable.DependencyInjection;
using MentorFlow.Functions.Tests.Support;
using Microsoft.AspNetCore.TestHost;

namespace MentorFlow.Functions.Tests.Health;

public sealed class HealthEndpointTests
{
    private static readonly TimeSpan s_readyTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Health_is_503_while_the_store_comes_up_and_200_once_it_can_serve()
    {
        var store = new GatedStore();
        await using var host = new MentorFlowHostFactory();
        using var http = host
            .WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddDurableTask(durable => durable.UseStore(_ => store))))
            .CreateClient();

        using var before = await http.GetAsync("/health");
        store.Open();
        var after = await PollUntilOkAsync(http);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    private static async Task<HttpStatusCode> PollUntilOkAsync(HttpClient http)
    {
        using var timeout = new CancellationTokenSource(s_readyTimeout);
        var status = HttpStatusCode.ServiceUnavailable;
        while (status != HttpStatusCode.OK && !timeout.IsCancellationRequested)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
            using var response = await http.GetAsync("/health", CancellationToken.None);
            status = response.StatusCode;
        }

        return status;
    }
}
