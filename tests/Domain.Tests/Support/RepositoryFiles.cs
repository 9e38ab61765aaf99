namespace MentorFlow.Domain.Tests.Support;

/// <summary>Finds files of the repository (such as <c>samples/</c>) from wherever the tests run.</summary>
public static class RepositoryFiles
{
    public static string Path(string relative)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, relative);
            if (File.Exists(candidate) && File.Exists(System.IO.Path.Combine(directory.FullName, "MentorFlow.sln")))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} not found above {AppContext.BaseDirectory}");
    }
}
