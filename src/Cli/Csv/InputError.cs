namespace MentorFlow.Cli.Csv;

/// <summary>What is wrong with an input file and where: printed as <c>file:line:column: message</c>, like a compiler.</summary>
public sealed record InputError(string File, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
