using MentorFlow.Domain.Mentorships;
using MentorFlow.Functions.Lifecycle.Meetings;

namespace MentorFlow.Functions.Lifecycle.Reviews;

/// <summary>A reminder of a booked review meeting to one side.</summary>
public sealed record MeetingReminderNotice(JourneyRef Journey, string MentorId, MentorshipRole To, BookedMeeting Meeting, bool GroupMeeting);
