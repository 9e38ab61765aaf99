namespace MentorFlow.Functions.Management;

/// <summary>The task hub this host serves (<c>extensions:durableTask:hubName</c> in host.json).</summary>
/// <param name="Name">The hub's name.</param>
public sealed record TaskHub(string Name);
