namespace MentorFlow.Durable.Engine;

/// <summary>The orchestrator and activity classes a worker can run, by registered name (case-insensitive).</summary>
internal sealed class TaskRegistry
{
    private readonly Dictionary<string, Type> _orchestrators = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Type> _activities = new(StringComparer.OrdinalIgnoreCase);

    public void AddOrchestrator(string name, Type type) => Add(_orchestrators, name, type, "orchestrator");

    public void AddActivity(string name, Type type) => Add(_activities, name, type, "activity");

    public Type? FindOrchestrator(string name) => _orchestrators.GetValueOrDefault(name);

    public Type? FindActivity(string name) => _activities.GetValueOrDefault(name);

    /// <summary>The registered name of a class: its <see cref="DurableTaskAttribute"/>, or else its class name.</summary>
    public static string NameOf(Type type)
        => type.GetCustomAttributes(typeof(DurableTaskAttribute), inherit: false) is [DurableTaskAttribute attribute, ..]
            ? attribute.Name
            : type.Name;

    private static void Add(Dictionary<string, Type> registrations, string name, Type type, string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (registrations.TryGetValue(name, out Type? existing) && existing != type)
        {
            throw new InvalidOperationException($"The {kind} name '{name}' is registered twice: for {existing.FullName} and {type.FullName}.");
        }

        registrations[name] = type;
    }
}
