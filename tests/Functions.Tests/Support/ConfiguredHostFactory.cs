namespace MentorFlow.Functions.Tests.Support;

/// <summary>The real host with the given settings (in <c>Section:Name</c> form, as app settings reach .NET).</summary>
public sealed class ConfiguredHostFactory(IReadOnlyDictionary<string, string> settings) : MentorFlowHostFactory
{
    protected override IReadOnlyDictionary<string, string> Settings => settings;
}
