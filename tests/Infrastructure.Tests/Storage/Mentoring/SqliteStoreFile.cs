using MentorFlow.Infrastructure.Sqlite;
using MentorFlow.Infrastructure.Tests.Support;
using Microsoft.Data.Sqlite;

namespace MentorFlow.Infrastructure.Tests.Storage.Mentoring;

/// <summary>
/// A real SQLite file in a temporary directory. Each <see cref="Open"/> is a database object of its own, with its own
/// connections and write gate, as another process would have: only the file's locks keep them apart.
/// </summary>
public sealed class SqliteStoreFile : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly List<SqliteMentoringDatabase> _opened = [];

    public string Path => System.IO.Path.Combine(_directory.Path, SqliteMentoringDatabase.DatabaseFileName);

    public SqliteMentoringDatabase Open()
    {
        var database = new SqliteMentoringDatabase(Path);
        _opened.Add(database);
        return database;
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            database.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }
}
