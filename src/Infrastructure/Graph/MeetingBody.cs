using System.Net;
using System.Text;

namespace MentorFlow.Infrastructure.Graph;

/// <summary>The HTML body of an invite: introduction, agenda, links. Everything is HTML-encoded.</summary>
public static class MeetingBody
{
    public static string ToHtml(MeetingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var html = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(request.Introduction))
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(request.Introduction)).Append("</p>");
        }

        if (request.Agenda.Count > 0)
        {
            html.Append("<p><strong>Agenda</strong></p><ol>");
            foreach (var item in request.Agenda)
            {
                html.Append("<li>").Append(WebUtility.HtmlEncode(item)).Append("</li>");
            }

            html.Append("</ol>");
        }

        if (request.Link is not null)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(request.Link.AbsoluteUri)).Append("\">")
                .Append(WebUtility.HtmlEncode(request.LinkText)).Append("</a></p>");
        }

        foreach (var link in request.Links)
        {
            html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(link.Link.AbsoluteUri)).Append("\">")
                .Append(WebUtility.HtmlEncode(link.Text)).Append("</a></p>");
        }

        return html.ToString();
    }
}
