using MentorFlow.Domain.Messages;

namespace MentorFlow.Domain.Meetings;

/// <summary>The agenda a kickoff or a review meeting follows, as invites list it.</summary>
public static class MeetingAgenda
{
    public static IReadOnlyList<string> For(MeetingKind kind) => kind == MeetingKind.Kickoff
        ?
        [
            "Introductions: your backgrounds and what each of you hopes for",
            "The SMART goals of your agreement, one by one",
            "How you will work together: cadence, channels, response times, confidentiality",
        ]
        :
        [
            "Progress on each goal since the last review",
            "What got in the way: expectations, communication, scheduling, workload",
            "Next steps until the next review",
        ];
}
