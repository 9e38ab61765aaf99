namespace MentorFlow.Functions.Programmes;

/// <summary>
/// A programme's URLs as the caller reached the API: behind the Functions host the route prefix (<c>/api</c>) is the
/// request's path base, so links carry it when the caller used it.
/// </summary>
public static class ProgrammeLinks
{
    public static string Programme(HttpRequest request, string id) => $"{Base(request)}/programmes/{Uri.EscapeDataString(id)}";

    public static string Enrolments(HttpRequest request, string id) => Programme(request, id) + "/enrolments";

    private static string Base(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
