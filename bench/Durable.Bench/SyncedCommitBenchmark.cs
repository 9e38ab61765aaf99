using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Durable.Bench;

/// <summary>The disk's ceiling: single-row SQLite commits, each synced (WAL, synchronous=FULL), one after the other.</summary>
internal static class SyncedCommitBenchmark
{
    public static double CommitsPerSecond(string directory, int commits)
    {
        var path = Path.Combine(directory, "raw-commits.db");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE rows (id INTEGER PRIMARY KEY, value TEXT NOT NULL);";
            setup.ExecuteNonQuery();
        }

        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO rows (value) VALUES ($value)";
        var value = insert.Parameters.Add("$value", SqliteType.Text);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < commits; i++)
        {
            value.Value = $"row {i}";
            insert.ExecuteNonQuery();
        }

        return commits / stopwatch.Elapsed.TotalSeconds;
    }
}
