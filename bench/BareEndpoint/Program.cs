// The baseline of the enrolment benchmark: the same route on a bare ASP.NET Core app with Kestrel's defaults, as the
// MentorFlow host has them. It reads the whole body and answers 202 with a Location and a small JSON body, and does
// nothing else: no parsing, no validation, no storage.
var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();
var accepted = 0L;

app.MapPost("/api/programmes/{id}/enrolments", async (string id, HttpRequest request) =>
{
    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body);
    var n = Interlocked.Increment(ref accepted);
    var location = $"http://{request.Host}/api/runtime/webhooks/durabletask/instances/journey:{id}:{n}";
    return Results.Accepted(location, new { id = $"journey:{id}:{n}", statusQueryGetUri = location });
});

app.MapGet("/health", () => "ok");

app.Run();
