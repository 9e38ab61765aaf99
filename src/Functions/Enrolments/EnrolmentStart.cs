namespace MentorFlow.Functions.Enrolments;

/// <summary>What came of starting an accepted enrolment's orchestration.</summary>
/// <param name="InstanceId">The journey or intake that now holds the enrolment (new or the earlier one).</param>
/// <param name="IsNew">False when the same person had enrolled already: the earlier instance stands, untouched.</param>
/// <param name="EnrolledAs">When the person is already enrolled in the programme in the other role: that role.</param>
public sealed record EnrolmentStart(string? InstanceId, bool IsNew, string? EnrolledAs)
{
    public static EnrolmentStart Started(string instanceId) => new(instanceId, IsNew: true, null);

    public static EnrolmentStart Repeated(string instanceId) => new(instanceId, IsNew: false, null);

    public static EnrolmentStart InOtherRole(string role) => new(null, IsNew: false, role);
}
