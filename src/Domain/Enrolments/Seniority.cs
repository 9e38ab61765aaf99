namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// How senior a person is: a level (1 = entry, 10 = executive) and years of experience. People compare by level,
/// then by years, so "less senior" has one meaning throughout matching.
/// </summary>
public sealed record Seniority(int Level, int YearsOfExperience) : IComparable<Seniority>
{
    public const int MinLevel = 1;
    public const int MaxLevel = 10;
    public const int MaxYears = 60;

    public static bool operator <(Seniority left, Seniority right) => Compare(left, right) < 0;

    public static bool operator >(Seniority left, Seniority right) => Compare(left, right) > 0;

    public static bool operator <=(Seniority left, Seniority right) => Compare(left, right) <= 0;

    public static bool operator >=(Seniority left, Seniority right) => Compare(left, right) >= 0;

    private static int Compare(Seniority? left, Seniority? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    public int CompareTo(Seniority? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byLevel = Level.CompareTo(other.Level);
        return byLevel != 0 ? byLevel : YearsOfExperience.CompareTo(other.YearsOfExperience);
    }
}
