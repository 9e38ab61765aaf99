using MentorFlow.Functions.Administration;
using MentorFlow.Functions.Enrolments;
using MentorFlow.Functions.Extensions;
using MentorFlow.Functions.Management;
using MentorFlow.Functions.Participants;
using MentorFlow.Functions.Programmes;

var builder = WebApplication.CreateBuilder(args);
builder.AddHostConfiguration();
builder.AddProblemResponses();
builder.AddDurableRuntime();
builder.AddMentoringStores();
builder.AddRecentProgrammes();
builder.AddAdminKey();
builder.AddParticipantLinks();
builder.AddMail();
builder.AddSendGridEvents();
builder.AddLifecycle();
builder.AddParticipantPages();
builder.AddMeetings();
builder.AddHealth();

var app = builder.Build();
app.UseFunctionsRoutePrefix();
app.UseRouting();
app.UseExceptionHandler();
app.UseStatusPagesAndAuthorization();
app.MapHealth();
app.MapDurableManagementApi();
app.MapProgrammes();
app.MapEnrolments();
app.MapParticipantPages();
app.MapAdministration();
app.MapSendGridEvents();
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
