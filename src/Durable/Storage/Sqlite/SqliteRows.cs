using System.Text.Json;
using MentorFlow.Durable.History;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Durable.Storage.Sqlite;

/// <summary>How values are kept in columns, and how rows become records again.</summary>
internal static class SqliteRows
{
    /// <summary>The columns of an instance, in the order <see cref="ReadInstance"/> reads them.</summary>
    public const string InstanceColumns =
        "instance_id, name, execution_id, status, created_at, last_updated_at, input, output, custom_status, failure, parent, scheduled_start_at";

    /// <summary>Inbox kind of ordinary messages, which only a Pending or Running instance acts on.</summary>
    public const long OrdinaryKind = 0;

    /// <summary>Inbox kind of resume and terminate requests, which a Suspended instance acts on.</summary>
    public const long ActsOnSuspendedKind = 1;

    /// <summary>Inbox kind of starts and rewinds, which a finished instance acts on.</summary>
    public const long ActsOnFinishedKind = 2;

    /// <summary>The status names of finished instances, as stored.</summary>
    public static IReadOnlyList<string> FinishedStatuses { get; } =
    [
        nameof(OrchestrationRuntimeStatus.Completed),
        nameof(OrchestrationRuntimeStatus.Failed),
        nameof(OrchestrationRuntimeStatus.Terminated),
    ];

    public static long Ticks(DateTime value) => value.ToUniversalTime().Ticks;

    public static long? Ticks(DateTime? value) => value is null ? null : Ticks(value.Value);

    public static DateTime Time(long ticks) => new(ticks, DateTimeKind.Utc);

    public static string Status(OrchestrationRuntimeStatus status) => status.ToString();

    public static bool IsFinished(string status) => FinishedStatuses.Contains(status);

    public static long KindOf(HistoryEvent message) => message switch
    {
        ExecutionResumedEvent or ExecutionTerminatedEvent => ActsOnSuspendedKind,
        ExecutionStartedEvent or ExecutionRewoundEvent => ActsOnFinishedKind,
        _ => OrdinaryKind,
    };

    public static string Serialize(HistoryEvent historyEvent) => JsonSerializer.Serialize(historyEvent, DurableJson.Options);

    public static HistoryEvent DeserializeEvent(string json)
        => JsonSerializer.Deserialize<HistoryEvent>(json, DurableJson.Options)
            ?? throw new InvalidDataException("A stored history event is empty.");

    public static string SerializeEvents(IReadOnlyList<HistoryEvent> events) => JsonSerializer.Serialize(events, DurableJson.Options);

    public static IReadOnlyList<HistoryEvent> DeserializeEvents(string json)
        => JsonSerializer.Deserialize<IReadOnlyList<HistoryEvent>>(json, DurableJson.Options)
            ?? throw new InvalidDataException("A stored history chunk is empty.");

    public static string? SerializeOptional<T>(T? value) where T : class
        => value is null ? null : JsonSerializer.Serialize(value, DurableJson.Options);

    public static InstanceRecord ReadInstance(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        Enum.Parse<OrchestrationRuntimeStatus>(reader.GetString(3)),
        Time(reader.GetInt64(4)),
        Time(reader.GetInt64(5)),
        OptionalString(reader, 6),
        OptionalString(reader, 7),
        OptionalString(reader, 8),
        OptionalJson<FailureDetails>(reader, 9),
        OptionalJson<ParentInstance>(reader, 10),
        reader.IsDBNull(11) ? null : Time(reader.GetInt64(11)));

    /// <summary>Reads a message row: message_id, execution_id, event, scheduled_at.</summary>
    public static TaskMessage ReadMessage(SqliteDataReader reader, string instanceId) => new(
        reader.GetString(0),
        instanceId,
        OptionalString(reader, 1),
        DeserializeEvent(reader.GetString(2)),
        reader.IsDBNull(3) ? null : Time(reader.GetInt64(3)));

    public static string? OptionalString(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static T? OptionalJson<T>(SqliteDataReader reader, int ordinal) where T : class
        => reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<T>(reader.GetString(ordinal), DurableJson.Options);
}
