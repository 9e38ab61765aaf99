using System.Globalization;
using System.Net;
using Microsoft.Azure.Cosmos;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// The store's few operations on its container, with the expected outcomes (absent, conflict, precondition failed)
/// as return values instead of exceptions, and the ETag of each read or write kept on the document. Only a 404 with
/// substatus 0 is an absent document: a missing container or database answers 404 with a substatus (1003), and that
/// is an error to surface, never "not found". When <paramref name="ready"/> is given, every operation awaits it first
/// (the container being created at start-up).
/// </summary>
internal sealed class DocumentContainer(Container container, Func<CancellationToken, Task>? ready = null)
{
    private const string SubStatusHeader = "x-ms-substatus";

    public async Task<T?> ReadAsync<T>(string id, string partitionKey, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await container.ReadItemAsync<T>(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            response.Resource.ETag = response.ETag;
            return response.Resource;
        }
        catch (CosmosException exception) when (IsMissingDocument(exception.StatusCode, exception.SubStatusCode))
        {
            return null;
        }
    }

    /// <summary>Whether a document is missing in an existing container (404, substatus 0).</summary>
    public static bool IsMissingDocument(HttpStatusCode status, int subStatus) => status == HttpStatusCode.NotFound && subStatus == 0;

    /// <summary>Creates the document; false when one with its id exists in its partition.</summary>
    public async Task<bool> CreateAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await container.CreateItemAsync(document, new PartitionKey(document.Pk), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            document.ETag = response.ETag;
            return true;
        }
        catch (CosmosException exception) when (exception.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }
    }

    /// <summary>Replaces the document if it still has the ETag it was read with; false when it changed or is gone.</summary>
    public async Task<bool> ReplaceAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var response = await container.ReplaceItemAsync(
                    document, document.Id, new PartitionKey(document.Pk),
                    new ItemRequestOptions { IfMatchEtag = document.ETag }, cancellationToken)
                .ConfigureAwait(false);
            document.ETag = response.ETag;
            return true;
        }
        catch (CosmosException exception) when (
            exception.StatusCode == HttpStatusCode.PreconditionFailed || IsMissingDocument(exception.StatusCode, exception.SubStatusCode))
        {
            return false;
        }
    }

    /// <summary>Creates or overwrites the document, whatever is stored (for index entries, which are hints).</summary>
    public async Task UpsertAsync<T>(T document, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var response = await container.UpsertItemAsync(document, new PartitionKey(document.Pk), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        document.ETag = response.ETag;
    }

    /// <summary>Deletes the document, only if it still has <paramref name="ifMatch"/> when given; false when it changed or is gone.</summary>
    public async Task<bool> DeleteAsync(string id, string partitionKey, string? ifMatch, CancellationToken cancellationToken)
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        // The stream API reports 404 and 412 as status codes rather than exceptions.
        using var response = await container.DeleteItemStreamAsync(
                id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatch }, cancellationToken)
            .ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.PreconditionFailed || IsMissingDocument(response.StatusCode, SubStatusOf(response)))
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    /// <summary>
    /// Reads every document of one partition that matches <paramref name="filter"/> (a WHERE condition over <c>c</c>).
    /// The partition key is also a condition in the query text, not only the request's partition key: the emulator
    /// scopes a query by its text alone.
    /// </summary>
    public async Task<List<T>> QueryAsync<T>(
        string partitionKey, string filter, IEnumerable<(string Name, object Value)> parameters, CancellationToken cancellationToken)
        where T : CosmosDocument
    {
        await ReadyAsync(cancellationToken).ConfigureAwait(false);
        var query = new QueryDefinition($"SELECT * FROM c WHERE c.pk = @pk AND ({filter})").WithParameter("@pk", partitionKey);
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        var results = new List<T>();
        using var iterator = container.GetItemQueryIterator<T>(
            query, requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partitionKey) });
        while (iterator.HasMoreResults)
        {
            results.AddRange(await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static int SubStatusOf(ResponseMessage response)
        => int.TryParse(response.Headers[SubStatusHeader], NumberStyles.Integer, CultureInfo.InvariantCulture, out var subStatus)
            ? subStatus
            : 0;

    private Task ReadyAsync(CancellationToken cancellationToken) => ready is null ? Task.CompletedTask : ready(cancellationToken);
}
