using System.Net;
using MentorFlow.Infrastructure.Cosmos;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

public sealed class ServiceUnavailableRetryHandlerTests
{
    [Fact]
    public async Task A_503_is_retried_until_the_service_answers()
    {
        var service = new ScriptedService(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        var handler = new ServiceUnavailableRetryHandler(3, TimeSpan.Zero, TimeProvider.System) { InnerHandler = service };

        using var response = await handler.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, service.Calls);
    }

    [Fact]
    public async Task A_503_that_persists_is_returned_after_the_bounded_number_of_retries()
    {
        var service = new ScriptedService(Enumerable.Repeat(HttpStatusCode.ServiceUnavailable, 10).ToArray());
        var handler = new ServiceUnavailableRetryHandler(2, TimeSpan.Zero, TimeProvider.System) { InnerHandler = service };

        using var response = await handler.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(3, service.Calls);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Other_answers_are_not_retried(HttpStatusCode status)
    {
        var service = new ScriptedService(status, HttpStatusCode.OK);
        var handler = new ServiceUnavailableRetryHandler(3, TimeSpan.Zero, TimeProvider.System) { InnerHandler = service };

        using var response = await handler.SendAsync(Request(), CancellationToken.None);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(1, service.Calls);
    }

    private static RequestMessage Request() => new(HttpMethod.Get, new Uri("dbs/mentorflow/colls/durable/docs/instance", UriKind.Relative));

    /// <summary>Answers each call with the next status of its script.</summary>
    private sealed class ScriptedService(params HttpStatusCode[] answers) : RequestHandler
    {
        public int Calls { get; private set; }

        public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
            => Task.FromResult(new ResponseMessage(answers[Calls++]));
    }
}
