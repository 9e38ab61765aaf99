using System.Diagnostics.Metrics;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Counts Cosmos DB requests and the request units (RU) they cost, from each response's
/// <c>x-ms-request-charge</c> header, under the meter <c>MentorFlow.Cosmos</c>.
/// </summary>
public sealed class CosmosRequestMetrics : RequestHandler
{
    /// <summary>The meter's name, for exporters and listeners.</summary>
    public const string MeterName = "MentorFlow.Cosmos";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Requests = Meter.CreateCounter<long>("mentorflow.cosmos.requests", description: "Cosmos DB requests sent.");
    private static readonly Counter<double> RequestUnits = Meter.CreateCounter<double>("mentorflow.cosmos.request_units", "RU", "Request units charged by Cosmos DB.");

    /// <inheritdoc />
    public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var operation = new KeyValuePair<string, object?>("method", request.Method.Method);
        Requests.Add(1, operation);
        RequestUnits.Add(response.Headers.RequestCharge, operation);
        return response;
    }
}
