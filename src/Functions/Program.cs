using MentorFlow.Functions.Extensions;
using MentorFlow.Functions.Management;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostConfiguration();
builder.AddProblemResponses();
builder.AddDurableRuntime();
builder.AddAdminKey();
builder.AddParticipantLinks();
builder.AddMail();
builder.AddMeetings();
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
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
