using System.Net.Security;
using MentorFlow.Infrastructure.Cosmos;

namespace MentorFlow.Infrastructure.Tests.Cosmos;

public sealed class LoopbackCertificateTests
{
    [Theory]
    [InlineData("https://localhost:8081/")]
    [InlineData("https://LOCALHOST:8081/")]
    [InlineData("https://127.0.0.1:8081/")]
    [InlineData("https://127.10.0.3/")]
    [InlineData("https://[::1]:8081/")]
    public void Loopback_hosts_are_recognised(string endpoint)
        => Assert.True(LoopbackEndpoint.IsLoopback(new Uri(endpoint)));

    [Theory]
    [InlineData("https://myaccount.documents.azure.com/")]
    [InlineData("https://localhost.example.com/")]
    [InlineData("https://127.0.0.1.nip.io/")]
    [InlineData("https://10.0.0.4/")]
    [InlineData("https://[::2]/")]
    public void Other_hosts_are_not_loopback(string endpoint)
        => Assert.False(LoopbackEndpoint.IsLoopback(new Uri(endpoint)));

    [Fact]
    public void An_invalid_certificate_is_accepted_for_a_request_to_a_loopback_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://127.0.0.1:8081/dbs");

        Assert.True(CosmosClientFactory.AcceptInvalidCertificateOnLoopbackOnly(request, null, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void An_invalid_certificate_is_refused_for_a_request_to_any_other_host()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://myaccount.documents.azure.com/dbs");

        Assert.False(CosmosClientFactory.AcceptInvalidCertificateOnLoopbackOnly(request, null, null, SslPolicyErrors.RemoteCertificateChainErrors));
    }

    [Fact]
    public void Certificate_validation_is_left_to_the_platform_for_an_endpoint_that_is_not_loopback()
    {
        using var handler = CosmosClientFactory.CreateHandler(new Uri("https://myaccount.documents.azure.com/"));

        Assert.Null(handler.ServerCertificateCustomValidationCallback);
    }
}
