using System.ComponentModel.DataAnnotations;

namespace MentorFlow.Functions.Hosting;

/// <summary>
/// The host's own settings, section <c>MentorFlow</c>; as Azure Functions app settings they are the environment
/// variables <c>MentorFlow__DataDirectory</c>, <c>MentorFlow__AdminKey</c>, <c>MentorFlow__PublicBaseUrl</c> and
/// <c>MentorFlow__AdministratorEmail</c>.
/// </summary>
public sealed class MentorFlowOptions
{
    public const string SectionName = "MentorFlow";

    /// <summary>Where the embedded defaults keep their files (the SQLite database, the generated admin key).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "MentorFlow__DataDirectory must not be empty.")]
    public string DataDirectory { get; set; } = "./.mentorflow";

    /// <summary>The key that protects the management API; generated and kept in the data directory when unset.</summary>
    [MinLength(16, ErrorMessage = "MentorFlow__AdminKey must be at least 16 characters long.")]
    public string? AdminKey { get; set; }

    /// <summary>
    /// The address participants' links and status URLs start with, as people outside reach the app (in Azure, the
    /// function app's public URL); the local default matches <c>dotnet run</c>.
    /// </summary>
    [Required(ErrorMessage = "MentorFlow__PublicBaseUrl must be set to an absolute http or https URL.")]
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5000/");

    /// <summary>Where alerts for the programme administrator go (escalations, at-risk mentorships, approvals, summaries).</summary>
    [EmailAddress(ErrorMessage = "MentorFlow__AdministratorEmail must be an email address.")]
    public string AdministratorEmail { get; set; } = "programme-admin@localhost";

    /// <summary>
    /// The key that signs participants' links (at least 32 characters); generated and kept in the data directory
    /// when unset. Rotate by moving the old key to <see cref="PreviousLinkSigningKey"/>, so links already sent still work.
    /// </summary>
    public string? LinkSigningKey { get; set; }

    /// <summary>The key links were signed with before the last rotation; they still verify.</summary>
    public string? PreviousLinkSigningKey { get; set; }

    /// <summary>The data directory as an absolute path, relative paths taken from the current directory.</summary>
    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);
}
