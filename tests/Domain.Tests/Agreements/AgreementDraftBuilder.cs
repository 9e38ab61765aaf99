using MentorFlow.Domain.Agreements;

namespace MentorFlow.Domain.Tests.Agreements;

/// <summary>A valid agreement for the term 1 Jan – 30 Jun 2026, agreed on 15 Jan; each With… changes one thing.</summary>
public sealed class AgreementDraftBuilder
{
    public static readonly DateTimeOffset TermStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset TermEnd = new(2026, 6, 30, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AgreedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private List<GoalDraft> _goals = [new GoalDraftBuilder().Build(), new GoalDraftBuilder().WithDescription("Run the quarterly budget review for the data platform team").Build()];
    private List<string> _menteeResponsibilities = ["Come to each meeting with an agenda", "Send a short update after each meeting"];
    private List<string> _mentorResponsibilities = ["Give honest, specific feedback", "Introduce two relevant contacts"];
    private string? _cadence = "monthly";
    private List<string> _channels = ["video", "chat"];
    private int? _responseHours = 48;
    private string? _confidentiality = "What we discuss stays between us.";

    public AgreementDraftBuilder WithGoals(params GoalDraft[] goals)
    {
        _goals = [.. goals];
        return this;
    }

    public AgreementDraftBuilder WithGoal(int index, GoalDraft goal)
    {
        _goals[index] = goal;
        return this;
    }

    public AgreementDraftBuilder WithMenteeResponsibilities(params string[] items)
    {
        _menteeResponsibilities = [.. items];
        return this;
    }

    public AgreementDraftBuilder WithMentorResponsibilities(params string[] items)
    {
        _mentorResponsibilities = [.. items];
        return this;
    }

    public AgreementDraftBuilder WithCadence(string? cadence)
    {
        _cadence = cadence;
        return this;
    }

    public AgreementDraftBuilder WithChannels(params string[] channels)
    {
        _channels = [.. channels];
        return this;
    }

    public AgreementDraftBuilder WithResponseHours(int? hours)
    {
        _responseHours = hours;
        return this;
    }

    public AgreementDraftBuilder WithConfidentiality(string? text)
    {
        _confidentiality = text;
        return this;
    }

    public AgreementDraft Build() => new(_goals, _menteeResponsibilities, _mentorResponsibilities, _cadence, _channels, _responseHours, _confidentiality);

    /// <summary>The agreement as the mentee submits it on <see cref="AgreedAt"/>.</summary>
    public Agreement Create() => Agreement.Create(Build(), TermStart, TermEnd, AgreedAt).Value;

    /// <summary>Submitted by the mentee and confirmed by the mentor a day later.</summary>
    public Agreement CreateConfirmed()
    {
        var agreement = Create();
        agreement.Confirm(Domain.Mentorships.MentorshipRole.Mentor, AgreedAt.AddDays(1));
        return agreement;
    }
}
