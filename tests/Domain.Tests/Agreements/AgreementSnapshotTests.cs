using System.Text.Json;
using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Mentorships;

namespace MentorFlow.Domain.Tests.Agreements;

public class AgreementSnapshotTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    [Fact]
    public void A_stored_agreement_comes_back_with_its_revision_and_confirmations()
    {
        var agreement = new AgreementDraftBuilder().CreateConfirmed();
        agreement.Revise(new AgreementDraftBuilder().WithCadence("fortnightly").Build(), MentorshipRole.Mentor, AgreementDraftBuilder.AgreedAt.AddDays(5));

        var json = JsonSerializer.Serialize(agreement.ToSnapshot(), WebJson);
        var restored = Agreement.Restore(JsonSerializer.Deserialize<AgreementSnapshot>(json, WebJson)!).Value;

        Assert.Equal(agreement.Goals, restored.Goals);
        Assert.Equal(MeetingCadence.Fortnightly, restored.Cadence);
        Assert.Equal(2, restored.Revision);
        Assert.Equal(MentorshipRole.Mentor, restored.RevisedBy);
        Assert.Equal(agreement.MentorConfirmedAt, restored.MentorConfirmedAt);
        Assert.Null(restored.MenteeConfirmedAt);
        Assert.Equal(agreement.TermEnd, restored.TermEnd);
    }

    [Fact]
    public void A_stored_agreement_whose_content_breaks_the_rules_is_refused_with_the_field()
    {
        var snapshot = new AgreementDraftBuilder().Create().ToSnapshot();
        snapshot = snapshot with { Content = snapshot.Content with { Goals = [new GoalDraftBuilder().WithMeasure(null).Build()] } };

        Assert.Equal("content.goals[0].measure", Assert.Single(Agreement.Restore(snapshot).Errors).Field);
    }

    [Fact]
    public void A_confirmation_older_than_the_revision_is_refused()
    {
        var snapshot = new AgreementDraftBuilder().CreateConfirmed().ToSnapshot() with { MentorConfirmedAt = AgreementDraftBuilder.AgreedAt.AddDays(-1) };

        Assert.Equal("mentorConfirmedAt", Assert.Single(Agreement.Restore(snapshot).Errors).Field);
    }
}
