using MentorFlow.Domain.Messages;
using MentorFlow.Durable;
using MentorFlow.Functions.Lifecycle.Mail;
using MentorFlow.Infrastructure.Links;

namespace MentorFlow.Functions.Lifecycle.Matching;

/// <summary>
/// Asks the mentor of proposal <paramref name="MentorshipId"/> to accept or decline by <paramref name="RespondBy"/>;
/// with <paramref name="Reminder"/> set, it is that numbered reminder instead of the request.
/// </summary>
public sealed record MentorRequestNotice(JourneyRef Journey, string MentorshipId, int Attempt, MentorOption Mentor, DateTimeOffset RespondBy, int? Reminder = null);

/// <summary>Sends the mentor the request (or a reminder of it) with accept and decline links bound to the proposal.</summary>
public sealed class SendMentorRequest(JourneyDirectory directory, JourneyMail mail) : TaskActivity<MentorRequestNotice, bool>
{
    public override async Task<bool> RunAsync(TaskActivityContext context, MentorRequestNotice input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var programme = await directory.ProgrammeAsync(input.Journey.ProgrammeId, context.CancellationToken).ConfigureAwait(false);
        var mentee = await directory.MenteeAsync(programme, input.Journey.MenteeId, context.CancellationToken).ConfigureAwait(false);
        var mentor = await directory.MentorAsync(programme, input.Mentor.MentorId, context.CancellationToken).ConfigureAwait(false);
        var accept = mail.Link(input.Journey.JourneyId, mentor.Id, LinkAction.Accept, input.MentorshipId, input.RespondBy);
        var decline = mail.Link(input.Journey.JourneyId, mentor.Id, LinkAction.Decline, input.MentorshipId, input.RespondBy);
        var respondBy = TimeZoneInfo.ConvertTime(input.RespondBy, mentor.Profile.TimeZone);
        EmailMessage email = input.Reminder is null
            ? new MentorRequestEmail(mentor.Profile.Name, mentee.Profile.Name, programme.Name, [.. mentee.Goals.Select(g => g.Text)], input.Mentor.Reasons, accept, decline, respondBy)
            : new MatchResponseReminderEmail(mentor.Profile.Name, mentee.Profile.Name, programme.Name, accept, decline, respondBy);
        var step = input.Reminder is { } n ? $"mentor-request-reminder/{input.Attempt}/{n}" : $"mentor-request/{input.Attempt}";
        await mail.SendAsync($"{input.Journey.JourneyId}/{step}", JourneyMail.To(mentor), email, context.CancellationToken).ConfigureAwait(false);
        return true;
    }
}
