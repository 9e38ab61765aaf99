using MentorFlow.Functions.Extensions;
using MentorFlow.Functions.Administration;
using MentorFlow.Functions.Management;
using MentorFlow.Functions.Participants;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostConfiguration();
builder.AddProblemResponses();
builder.AddDurableRuntime();
builder.AddAdminKey();
builder.AddParticipantLinks();
builder.AddParticipantPages();
builder.AddHealth();

var app = builder.Build();
app.UseFunctionsRoutePrefix();
app.UseRouting();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapDurableManagementApi();
app.MapParticipantPages();
app.MapAdministration();
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
