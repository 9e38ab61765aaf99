using System.Text.Json;
using MentorFlow.Durable;

namespace MentorFlow.Functions.Lifecycle.Journey;

/// <summary>An external event the journey received: its name and its payload, read as the type the name implies.</summary>
public sealed record JourneyEvent(string Name, JsonElement Payload)
{
    public T As<T>() => Payload.ValueKind == JsonValueKind.Undefined
        ? throw new InvalidOperationException($"Event {Name} has no payload.")
        : Payload.Deserialize<T>(DurableJson.Options) ?? throw new InvalidOperationException($"Event {Name} has an empty payload.");
}
