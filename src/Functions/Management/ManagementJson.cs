using System.Text.Json;
using System.Text.Json.Serialization;

namespace MentorFlow.Functions.Management;

/// <summary>
/// Serialization code generated at build time for the start payload, which every accepted enrolment answers with: the
/// same JSON as the web defaults give by reflection (camelCase, the default escaping), written without looking the
/// type up at run time.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ManagementLinks))]
public sealed partial class ManagementJson : JsonSerializerContext;
