using MentorFlow.Domain.CloseOut;
using MentorFlow.Durable.Client;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Management;
using Microsoft.AspNetCore.Mvc;

namespace MentorFlow.Functions.Administration;

/// <summary>
/// The administrator's decisions on one mentorship, raised as events to the journey it belongs to (the mentorship id
/// <c>{programme}:{mentee}:{attempt}</c> names it): 404 when there is no such journey, 409 when it has finished.
/// </summary>
public static class MentorshipEndpoints
{
    /// <summary><c>POST /api/mentorships/{id}/approve</c>: approve the proposal, approve another mentor, or reject it.</summary>
    public static async Task<IResult> ApproveAsync(
        string id, HttpContext context, [FromServices] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentorship = MentorshipKey.Parse(id, "id");
        var approval = await AdministratorRequests.ReadApprovalAsync(context.Request, cancellationToken);
        if (!mentorship.IsSuccess || !approval.IsSuccess)
        {
            return ManagementResults.BadParameters([.. mentorship.Errors, .. approval.Errors]);
        }

        var (approved, mentorId) = approval.Value;
        return await RaiseAsync(client, mentorship.Value, JourneyEvents.MatchApproval, new MatchApproval(mentorship.Value.Value, approved, mentorId), cancellationToken);
    }

    /// <summary><c>POST /api/mentorships/{id}/close</c>: end the mentorship early, with a reason.</summary>
    public static async Task<IResult> CloseAsync(
        string id, HttpContext context, [FromServices] DurableTaskClient client, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mentorship = MentorshipKey.Parse(id, "id");
        var reason = await AdministratorRequests.ReadCloseReasonAsync(context.Request, cancellationToken);
        var request = reason.IsSuccess ? EarlyCloseRequest.Create(CloseRequester.Administrator, reason.Value, clock.GetUtcNow()) : null;
        if (!mentorship.IsSuccess || !reason.IsSuccess || request is { IsSuccess: false })
        {
            return ManagementResults.BadParameters([.. mentorship.Errors, .. reason.Errors, .. request?.Errors ?? []]);
        }

        var close = request!.Value;
        return await RaiseAsync(
            client, mentorship.Value, JourneyEvents.EarlyCloseRequested, new EarlyCloseRequested(mentorship.Value.Value, close.RequestedBy, close.Reason), cancellationToken);
    }

    private static async Task<IResult> RaiseAsync(
        DurableTaskClient client, MentorshipKey mentorship, string eventName, object payload, CancellationToken cancellationToken)
    {
        var journeyId = mentorship.JourneyId;
        var journey = await client.GetInstanceAsync(journeyId, cancellationToken: cancellationToken);
        if (journey is null)
        {
            return AdministrationResults.JourneyNotFound(mentorship.Value, journeyId);
        }

        if (!journey.IsRunning)
        {
            return AdministrationResults.JourneyFinished(mentorship.Value, journeyId);
        }

        var raised = await client.RaiseEventAsync(journeyId, eventName, payload, cancellationToken);
        return AdministrationResults.FromRaise(raised, mentorship.Value, journeyId);
    }
}
