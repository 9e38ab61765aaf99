using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>The top suggestions of attempt <paramref name="MentorshipId"/> for the mentee to choose from by <paramref name="ChooseBy"/>.</summary>
public sealed record SuggestionsNotice(JourneyRef Journey, string MentorshipId, int Attempt, IReadOnlyList<MentorOption> Mentors, DateTimeOffset ChooseBy);

/// <summary>Sends the mentee one choose link per suggested mentor (argument <c>{mentorshipId}/{mentorId}</c>).</summary>
public sealed class SendMentorSuggestions(JourneyDirectory directory, JourneyMail mail) : TaskActivity<SuggestionsNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, SuggestionsNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var suggested = input.Mentors
            .Select(m => new SuggestedMentor(m.Name, m.Score, m.Reasons, mail.Link(input.Journey.JourneyId, mentee.Id, LinkAction.Choose, $"{input.MentorshipId}/{m.MentorId}", input.ChooseBy)))
            .ToArray();
        var email = new MentorSuggestionsEmail(mentee.Profile.Name, programme.Name, suggested, TimeZoneInfo.ConvertTime(input.ChooseBy, mentee.Profile.TimeZone));
        await mail.SendAsync($"{input.Journey.JourneyId}/suggestions/{input.Attempt}", JourneyMail.To(mentee), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
