using Microsoft.Data.Sqlite;

namespace MentorFlow.Durable.Storage.Sqlite;

/// <summary>
/// A connection with its current transaction and a cache of prepared commands: parsing and preparing the same
/// statements again for every step would cost more than the steps themselves.
/// </summary>
internal sealed class SqliteSession : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteSession(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>
    /// When the store keeps a status index: every instance row this transaction inserted, updated or deleted, in order,
    /// with its new status (null: deleted), to be applied to the index once the transaction has committed.
    /// </summary>
    public List<(string InstanceId, OrchestrationRuntimeStatus? Status)>? StatusChanges { get; init; }

    /// <summary>Runs a statement; returns the number of rows changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        => Prepare(sql, parameters).ExecuteNonQuery();

    /// <summary>Runs a query and returns its first column of the first row, or null.</summary>
    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var value = Prepare(sql, parameters).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    /// <summary>Runs a query; the caller reads and disposes the reader before the next statement.</summary>
    public SqliteDataReader Query(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
        => Prepare(sql, parameters).ExecuteReader();

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        Connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
#pragma warning disable CA2100 // Every statement is a constant of this store; values travel as parameters.
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands[sql] = command;
        }

        command.Transaction = Transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
