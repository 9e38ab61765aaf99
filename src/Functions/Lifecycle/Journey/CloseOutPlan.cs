using MentorFlow.Functions.Lifecycle.Meetings;
using MentorFlow.Functions.Lifecycle.Reviews;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>What a close-out works from: the cycles held, the meetings still ahead, and the early-close request if any.</summary>
public sealed record CloseOutPlan(IReadOnlyList<CycleRecord> Cycles, IReadOnlyList<BookedMeeting> UpcomingMeetings, EarlyCloseRequested? EarlyClose, DateTimeOffset At);
