using MentorFlow.Domain.Agreements;
using MentorFlow.Domain.Enrolments;

namespace MentorFlow.Domain.Messages;

/// <summary>How an agreement reads in an email, the same in every message that shows one.</summary>
internal static class AgreementText
{
    public static EmailComposer Agreement(this EmailComposer email, Agreement agreement)
    {
        var channels = MessageFormat.Names([.. agreement.Channels.Select(ChannelWords)]);
        var hours = (int)agreement.ExpectedResponseTime.TotalHours;
        return email
            .List("Goals:", agreement.Goals.Select(g => $"{g.Description} (measure: {g.Measure}; target: {g.Target}; by {MessageFormat.Date(g.TargetDate)})"))
            .List("The mentee will:", agreement.MenteeResponsibilities)
            .List("The mentor will:", agreement.MentorResponsibilities)
            .Paragraph($"Meeting {agreement.Cadence.ToString().ToLowerInvariant()}, by {channels}; replies within {hours} {(hours == 1 ? "hour" : "hours")}.")
            .Paragraph($"Confidentiality: {agreement.Confidentiality}");
    }

    private static string ChannelWords(Channel channel) => channel switch
    {
        Channel.Video => "video",
        Channel.Phone => "phone",
        Channel.InPerson => "in person",
        Channel.Chat => "chat",
        _ => "email",
    };
}
