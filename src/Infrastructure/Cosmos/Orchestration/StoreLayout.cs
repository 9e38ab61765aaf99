using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Infrastructure.Cosmos.Orchestration;

/// <summary>
/// Where each document of the store lives: its partition key and id. Every document sits in one container
/// partitioned by <c>/pk</c>; the prefix of a partition key says what the partition holds.
/// </summary>
internal static class StoreLayout
{
    /// <summary>The id of the instance document, unique inside the instance's own partition.</summary>
    public const string InstanceDocumentId = "instance";

    /// <summary>An instance's partition: its document (record, history, inbox, outbox, lease).</summary>
    public static string InstancePartition(string instanceId) => "i:" + instanceId;

    /// <summary>A work bucket: ready entries of orchestrations and the activity tasks of instances hashed to it.</summary>
    public static string WorkPartition(int bucket) => "w:" + bucket.ToString(CultureInfo.InvariantCulture);

    /// <summary>An index bucket: one entry per instance, for queries and bulk purges.</summary>
    public static string IndexPartition(int bucket) => "q:" + bucket.ToString(CultureInfo.InvariantCulture);

    // Ids travel in request URLs, where '/', '?' and '#' are not allowed; instance ids are chosen by callers, so the
    // ids of index documents are a hash of them (the real ids are kept in the documents).
    public static string WorkEntryId(string instanceId) => "o-" + Hash(instanceId);

    public static string ActivityId(string taskId) => "a-" + Hash(taskId);

    public static string IndexEntryId(string instanceId) => "x-" + Hash(instanceId);

    /// <summary>The bucket of an instance; stable across processes and versions (not <see cref="string.GetHashCode()"/>).</summary>
    public static int BucketOf(string instanceId, int buckets)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(instanceId))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return (int)(hash % (uint)buckets);
    }

    /// <summary>A UTC time as fixed-width text, so that string comparison in a query orders times correctly.</summary>
    public static string Sortable(DateTime utc)
        => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static string Hash(string value)
        => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
