namespace MentorFlow.Durable.Client;

/// <summary>
/// What became of a request to act on an instance (raise an event, terminate, suspend, resume, rewind, restart).
/// These are expected outcomes, so they are values, and the HTTP API maps them the way Durable Functions does.
/// </summary>
public enum InstanceOperationResult
{
    /// <summary>The request was accepted and will be acted on.</summary>
    Accepted,

    /// <summary>No instance has that id (HTTP 404).</summary>
    NotFound,

    /// <summary>The instance has finished, so the request cannot act on it (HTTP 410).</summary>
    AlreadyFinished,

    /// <summary>The request does not apply to the instance's status, for example rewinding one that did not fail (HTTP 412, as Durable Functions answers).</summary>
    NotApplicable,
}
