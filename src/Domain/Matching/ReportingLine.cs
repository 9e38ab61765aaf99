using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Matching;

/// <summary>
/// Who reports to whom, as far as the enrolments tell. Each form names the person's manager by email; a manager who
/// is enrolled too names theirs, and so on. "In the mentee's reporting line" therefore covers the mentee's manager
/// and every manager above them that the enrolments reveal (the manager's manager when that manager enrolled), and,
/// the other way round, a mentor who reports to the mentee directly or through enrolled managers. People who merely
/// share a manager are not in each other's line. Managers who never enrolled end the chain: the data cannot see past them.
/// </summary>
public sealed class ReportingLine
{
    /// <summary>Longer chains are not real organisations; the bound also stops a cycle in the data.</summary>
    public const int MaxDepth = 12;

    private readonly Dictionary<string, string> _managerOf = new(StringComparer.Ordinal);

    public ReportingLine(IEnumerable<ParticipantProfile> people)
        : this(people?.Select(person => (person.Email, person.ManagerEmail)) ?? throw new ArgumentNullException(nameof(people)))
    {
    }

    /// <summary>The line from each enrolled person's email and the manager their form names (null: none named).</summary>
    public ReportingLine(IEnumerable<(EmailAddress Person, EmailAddress? Manager)> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        foreach (var (person, manager) in people)
        {
            if (manager is not null)
            {
                _managerOf.TryAdd(person.IdentityKey, manager.IdentityKey);
            }
        }
    }

    /// <summary>The identity keys of the person's managers, nearest first, as far as known.</summary>
    public IReadOnlyList<string> ManagersOf(EmailAddress person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var chain = new List<string>();
        var current = person.IdentityKey;
        while (chain.Count < MaxDepth && _managerOf.TryGetValue(current, out var manager) && manager != person.IdentityKey && !chain.Contains(manager))
        {
            chain.Add(manager);
            current = manager;
        }

        return chain;
    }

    /// <summary>Why the mentor may not mentor the mentee because of the reporting line, or null when they may.</summary>
    public string? Conflict(ParticipantProfile mentee, ParticipantProfile mentor)
    {
        ArgumentNullException.ThrowIfNull(mentee);
        ArgumentNullException.ThrowIfNull(mentor);
        return Describe(ManagersOf(mentee.Email), mentor.Email.IdentityKey, "mentor", "mentee")
            ?? Describe(ManagersOf(mentor.Email), mentee.Email.IdentityKey, "mentee", "mentor");
    }

    private static string? Describe(IReadOnlyList<string> managers, string other, string otherRole, string role)
    {
        var level = managers.ToList().IndexOf(other);
        return level switch
        {
            < 0 => null,
            0 => $"the {otherRole} is the {role}'s manager",
            1 => $"the {otherRole} is the {role}'s manager's manager",
            _ => $"the {otherRole} is {level + 1} levels above the {role} in the reporting line",
        };
    }
}
