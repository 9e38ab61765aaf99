using System.Text.Json;
using MentorFlow.Domain.Common;
using MentorFlow.Functions.Lifecycle;
using MentorFlow.Functions.Management;

namespace MentorFlow.Functions.Administration;

/// <summary>
/// Reads the administrator's JSON bodies field by field, so every refusal names its field: an approval
/// (<c>{"approved": true|false, "mentorId": "p-…"}</c>) and an early close (<c>{"reason": "…"}</c>).
/// </summary>
public static class AdministratorRequests
{
    public static async Task<Result<(bool Approved, string? MentorId)>> ReadApprovalAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var body = await ReadObjectAsync(request, errors, cancellationToken);
        bool? approved = null;
        string? mentorId = null;
        if (body is { } root)
        {
            if (!root.TryGetProperty("approved", out var approvedValue) || approvedValue.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                errors.Add(new FieldError("approved", "is required: true to approve the proposal, false to have the next-best mentor proposed."));
            }
            else
            {
                approved = approvedValue.GetBoolean();
            }

            if (root.TryGetProperty("mentorId", out var mentorValue) && mentorValue.ValueKind != JsonValueKind.Null)
            {
                mentorId = mentorValue.ValueKind == JsonValueKind.String ? mentorValue.GetString() : null;
                if (mentorId is null || !MentorshipKey.IsParticipantId(mentorId))
                {
                    errors.Add(new FieldError("mentorId", "must be a mentor's participant id, such as p-0a1b2c3d4e5f60718293a4b5."));
                }
                else if (approved == false)
                {
                    errors.Add(new FieldError("mentorId", "names the mentor to approve instead, so it goes only with \"approved\": true."));
                }
            }
        }

        return errors.Count > 0 ? Result<(bool, string?)>.Failure(errors) : Result<(bool, string?)>.Success((approved!.Value, mentorId));
    }

    /// <summary>The reason of an early close, unchecked (the domain's <c>EarlyCloseRequest</c> checks it).</summary>
    public static async Task<Result<string?>> ReadCloseReasonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        var body = await ReadObjectAsync(request, errors, cancellationToken);
        string? reason = null;
        if (body is { } root && root.TryGetProperty("reason", out var value) && value.ValueKind != JsonValueKind.Null)
        {
            if (value.ValueKind == JsonValueKind.String)
            {
                reason = value.GetString();
            }
            else
            {
                errors.Add(new FieldError("reason", "must be text."));
            }
        }

        return errors.Count > 0 ? Result<string?>.Failure(errors) : Result<string?>.Success(reason);
    }

    private static async Task<JsonElement?> ReadObjectAsync(HttpRequest request, List<FieldError> errors, CancellationToken cancellationToken)
    {
        var body = await JsonBody.ReadAsync(request, cancellationToken);
        if (!body.IsSuccess)
        {
            errors.AddRange(body.Errors);
            return null;
        }

        if (body.Value is not { ValueKind: JsonValueKind.Object } root)
        {
            errors.Add(new FieldError(JsonBody.FieldName, "must be a JSON object."));
            return null;
        }

        return root;
    }
}
