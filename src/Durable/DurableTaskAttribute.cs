namespace MentorFlow.Durable;

/// <summary>
/// Gives an orchestrator or activity class the name it is registered and called by. Without it the class name is
/// used, so renaming a class changes its durable name: pin the name with this attribute once instances exist.
/// </summary>
/// <param name="name">The registered name.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DurableTaskAttribute(string name) : Attribute
{
    /// <summary>The registered name.</summary>
    public string Name { get; } = name;
}
