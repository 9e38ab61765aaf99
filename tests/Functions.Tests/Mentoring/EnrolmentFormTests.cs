using System.Text.Json;
using MentorFlow.Functions.Enrolments;
using Microsoft.Extensions.Primitives;
using static MentorFlow.Functions.Tests.Mentoring.Bodies;

namespace MentorFlow.Functions.Tests.Mentoring;

public sealed class EnrolmentFormTests
{
    [Fact]
    public void A_full_form_reads_as_the_json_draft_with_the_same_content()
    {
        var (draft, errors) = Read(MenteeForm("grace@example.org"));

        Assert.Empty(errors);
        Assert.Equal(JsonSerializer.Serialize(Mentee("grace@example.org"), Json), JsonSerializer.Serialize(draft, Json));
    }

    [Fact]
    public void Names_match_whatever_their_case_and_blank_values_are_absent()
    {
        var (draft, errors) = Read([new("ROLE", "mentor"), new("Seniority.Level", "7"), new("capacity", " "), new("SkillsOffered[0].Skill", "negotiation")]);

        Assert.Empty(errors);
        Assert.Equal("mentor", draft.Role);
        Assert.Equal(7, draft.Seniority!.Level);
        Assert.Null(draft.Capacity);
        Assert.Equal("negotiation", Assert.Single(draft.SkillsOffered!)!.Skill);
    }

    [Fact]
    public void Indexed_entries_are_placed_by_index_and_a_gap_is_an_entry_left_out()
    {
        var (draft, errors) = Read([new("goals[2].text", "third"), new("goals[0].text", "first")]);

        Assert.Empty(errors);
        Assert.Equal(["first", null, "third"], draft.Goals!.Select(g => g?.Text));
    }

    [Fact]
    public void Unreadable_values_unknown_names_repeats_and_indexes_out_of_range_are_each_named()
    {
        var (_, errors) = Read(
        [
            new("capacity", "two"),
            new("wishes.industryExperience", "perhaps"),
            new("name", "Ada"),
            new("name", "Grace"),
            new("nickname", "Ace"),
            new("goals[50].text", "too far"),
            new("goals[0].colour", "teal"),
        ]);

        Assert.Equal(
            ["capacity", "goals[0].colour", "goals[50].text", "name", "nickname", "wishes.industryExperience"],
            errors.Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Yes_and_no_answers_read_as_html_forms_send_them()
    {
        Assert.True(Read([new("wishes.industryExperience", "on")]).Draft.Wishes!.IndustryExperience);
        Assert.True(Read([new("wishes.industryExperience", "TRUE")]).Draft.Wishes!.IndustryExperience);
        Assert.False(Read([new("wishes.industryExperience", "no")]).Draft.Wishes!.IndustryExperience);
    }

    private static (MentorFlow.Domain.Enrolments.EnrolmentDraft Draft, IReadOnlyList<MentorFlow.Domain.Common.FieldError> Errors) Read(
        IEnumerable<KeyValuePair<string, string>> fields)
        => EnrolmentForm.Read(fields
            .GroupBy(f => f.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, StringValues>(g.Key, new StringValues([.. g.Select(f => f.Value)]))));
}
