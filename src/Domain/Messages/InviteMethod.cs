namespace MentorFlow.Domain.Messages;

/// <summary>What a calendar part asks of the recipient's calendar (the iTIP method).</summary>
public enum InviteMethod
{
    Request,
    Cancel,
}
