using System.Globalization;

namespace MentorFlow.Functions.Tests.Participants;

/// <summary>The fields of the agreement form as a person fills them in: one valid SMART goal, ready to change.</summary>
public sealed class AgreementFormBuilder
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.Ordinal)
    {
        ["goals[0].description"] = "Lead the quarterly planning meeting for my team",
        ["goals[0].measure"] = "Meetings I lead with a written agenda and follow-up",
        ["goals[0].target"] = "Two planning meetings led",
        ["goals[0].targetDate"] = DateTime.UtcNow.AddMonths(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["goals[0].whyItMatters"] = "I want to move into a team lead role next year.",
        ["menteeResponsibilities"] = "Prepare an agenda before each meeting\nFollow up on agreed actions",
        ["mentorResponsibilities"] = "Share honest feedback",
        ["meetingCadence"] = "fortnightly",
        ["expectedResponseHours"] = "24",
        ["confidentiality"] = "",
    };

    private readonly List<string> _channels = ["video", "chat"];

    public AgreementFormBuilder With(string field, string value)
    {
        _fields[field] = value;
        return this;
    }

    public AgreementFormBuilder WithoutChannels()
    {
        _channels.Clear();
        return this;
    }

    public (string Name, string Value)[] Build()
        => [.. _fields.Select(f => (f.Key, f.Value)), .. _channels.Select(c => ("channels", c))];
}
