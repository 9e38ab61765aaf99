namespace MentorFlow.Domain.CloseOut;

/// <summary>What the programme administrator sees at close-out: the summary and both exit ratings.</summary>
public sealed record AdministratorCloseOut(CloseOutSummary Summary, ExitRating? MenteeRating, ExitRating? MentorRating);
