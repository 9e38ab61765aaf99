using System.Text;

namespace MentorFlow.Functions.Participants;

/// <summary>
/// Sends a page with its status. The URL carries a single-use token, so the page is never cached nor sent on as a
/// referrer, and it may load nothing from anywhere (no scripts at all) and post only back to this site.
/// </summary>
public sealed class HtmlPageResult(HtmlPage page, int statusCode) : IResult
{
    public HtmlPage Page => page;

    public int StatusCode => statusCode;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
        await response.WriteAsync(page.Render(), Encoding.UTF8, httpContext.RequestAborted);
    }
}
