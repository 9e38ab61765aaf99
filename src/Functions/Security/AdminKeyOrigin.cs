namespace MentorFlow.Functions.Security;

/// <summary>Where the admin key came from; only a key the operator did not choose is printed at start.</summary>
public enum AdminKeyOrigin
{
    /// <summary>Set by the operator (<c>MentorFlow__AdminKey</c>).</summary>
    Configured,

    /// <summary>Generated at an earlier start and read back from the data directory.</summary>
    Stored,

    /// <summary>Generated at this start and stored in the data directory.</summary>
    Generated,
}
