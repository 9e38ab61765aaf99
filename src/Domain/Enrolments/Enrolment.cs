using MentorFlow.Domain.Common;
using MentorFlow.Domain.Programmes;

namespace MentorFlow.Domain.Enrolments;

/// <summary>A person's enrolment in a programme as a mentee or a mentor.</summary>
public abstract class Enrolment
{
    private protected Enrolment(ParticipantProfile profile, DateTimeOffset enrolledAt)
    {
        Profile = profile;
        EnrolledAt = enrolledAt;
    }

    public ParticipantProfile Profile { get; }

    public ParticipantId Id => Profile.Id;

    /// <summary>When the form was accepted; the waitlist serves mentees in this order.</summary>
    public DateTimeOffset EnrolledAt { get; }

    public abstract EnrolmentRole Role { get; }

    /// <summary>Validates a form of either role, reporting every bad field at once.</summary>
    public static Result<Enrolment> FromDraft(EnrolmentDraft draft, Programme programme, DateTimeOffset enrolledAt)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var role = EnumText.Parse<EnrolmentRole>(draft.Role, "role");
        if (!role.IsSuccess)
        {
            return Result<Enrolment>.Failure(role.Errors);
        }

        return role.Value == EnrolmentRole.Mentee
            ? MenteeEnrolment.Create(draft, programme, enrolledAt).Map(e => (Enrolment)e)
            : MentorEnrolment.Create(draft, programme, enrolledAt).Map(e => (Enrolment)e);
    }

    /// <summary>Refuses fields that belong to the other role, so a form sent with the wrong role is noticed.</summary>
    private protected static void RefuseOtherRoleFields(EnrolmentDraft draft, EnrolmentRole role, FieldErrorCollector errors)
    {
        // The role may be left out when the form's kind is known (a mentees file); when given it must agree.
        if (draft.Role is not null && errors.TakeValueOrNull(EnumText.Parse<EnrolmentRole>(draft.Role, "role")) is { } stated && stated != role)
        {
            errors.Add("role", $"must be {EnumText.ToText(role)} for this form");
        }

        var other = role == EnrolmentRole.Mentee ? "mentors" : "mentees";
        var given = role == EnrolmentRole.Mentee
            ? new (string Field, bool Present)[]
            {
                ("expertise", draft.Expertise is { Count: > 0 }),
                ("skillsOffered", draft.SkillsOffered is { Count: > 0 }),
                ("capacity", draft.Capacity is not null),
                ("communicationStyle", draft.CommunicationStyle is not null),
                ("motivation", draft.Motivation is not null),
            }
            : [
                ("goals", draft.Goals is { Count: > 0 }),
                ("skillsWanted", draft.SkillsWanted is { Count: > 0 }),
                ("wishes", draft.Wishes is not null),
            ];
        foreach (var (field, present) in given)
        {
            if (present)
            {
                errors.Add(field, $"is for {other} only");
            }
        }
    }
}
