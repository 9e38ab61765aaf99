namespace MentorFlow.Durable.Tests.Support;

/// <summary>Directories of their own for one test's files.</summary>
public static class TempDirectory
{
    /// <summary>Creates an empty directory under the system's temp folder and returns its path.</summary>
    public static string Create()
    {
        var path = Path.Combine(Path.GetTempPath(), "mentorflow-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
