namespace MentorFlow.Infrastructure.Tests.Support;

/// <summary>A fresh directory under the system temp folder, deleted with everything in it afterwards.</summary>
public sealed class TemporaryDirectory : IDisposable
{
    public TemporaryDirectory() => Path = Directory.CreateTempSubdirectory("mentorflow-tests-").FullName;

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
