namespace MentorFlow.Durable.Tests.Support;

/// <summary>A singleton that makes an activity under test fail until the test repairs it.</summary>
public sealed class FaultSwitch
{
    public bool IsBroken { get; set; } = true;
}
