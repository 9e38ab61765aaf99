namespace MentorFlow.Durable.Storage.Sqlite;

/// <summary>
/// The store's tables, as numbered migrations. <c>schema_version</c> records the last one applied, so a later
/// version of the store adds a migration instead of editing one that files in the field already ran.
/// </summary>
/// <remarks>
/// Times are UTC ticks (exact, sortable). Lock columns live on the row they lock: a lease is a token and an expiry
/// (<c>locked_until</c>), so a worker process that dies simply lets it lapse. An abandoned item keeps no token and a
/// <c>locked_until</c> in the future: it is invisible until the delay has passed.
/// </remarks>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE instances (
            instance_id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_updated_at INTEGER NOT NULL,
            input TEXT,
            output TEXT,
            custom_status TEXT,
            failure TEXT,
            parent TEXT,
            scheduled_start_at INTEGER,
            lock_owner TEXT,
            lock_token TEXT,
            locked_until INTEGER NOT NULL DEFAULT 0,
            dequeue_count INTEGER NOT NULL DEFAULT 0
        ) WITHOUT ROWID;
        CREATE INDEX instances_by_created ON instances (created_at, instance_id);
        CREATE INDEX instances_by_status ON instances (status, created_at, instance_id);

        -- One row per committed step: its new events as one JSON array, so a step writes one row, not one per event.
        CREATE TABLE history (
            instance_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            events TEXT NOT NULL,
            PRIMARY KEY (instance_id, seq)
        ) WITHOUT ROWID;

        -- seq orders messages by arrival; kind says whether a Suspended (1) or finished (2) instance acts on it.
        CREATE TABLE inbox (
            seq INTEGER PRIMARY KEY,
            instance_id TEXT NOT NULL,
            message_id TEXT NOT NULL,
            execution_id TEXT,
            kind INTEGER NOT NULL,
            scheduled_at INTEGER,
            visible_at INTEGER NOT NULL,
            event TEXT NOT NULL,
            UNIQUE (instance_id, message_id)
        );
        CREATE INDEX inbox_by_visible_at ON inbox (visible_at);

        CREATE TABLE activity_tasks (
            seq INTEGER PRIMARY KEY,
            task_id TEXT NOT NULL UNIQUE,
            instance_id TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            task_scheduled_id INTEGER NOT NULL,
            name TEXT NOT NULL,
            input TEXT,
            lock_owner TEXT,
            lock_token TEXT,
            locked_until INTEGER NOT NULL DEFAULT 0,
            dequeue_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX activity_tasks_by_locked_until ON activity_tasks (locked_until);
        CREATE INDEX activity_tasks_by_instance ON activity_tasks (instance_id);
        """,
    ];
}
