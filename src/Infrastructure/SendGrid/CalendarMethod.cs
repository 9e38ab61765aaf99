namespace MentorFlow.Infrastructure.SendGrid;

/// <summary>The iTIP method of a calendar part: it must match the <c>METHOD</c> line inside the iCalendar text.</summary>
public enum CalendarMethod
{
    Request,
    Cancel,
}
