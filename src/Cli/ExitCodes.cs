namespace MentorFlow.Cli;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>A failure of the environment or of MentorFlow itself, not of the input.</summary>
    public const int Failure = 1;

    /// <summary>Bad flags or a malformed input file; the message on stderr says which and where.</summary>
    public const int InvalidInput = 2;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;
}
