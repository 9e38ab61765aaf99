using System.Net;

namespace MentorFlow.Infrastructure.Cosmos;

/// <summary>
/// Decides whether an address is this machine. Only then is the Cosmos emulator's self-signed certificate accepted:
/// a certificate error for any other host is a real error.
/// </summary>
public static class LoopbackEndpoint
{
    /// <summary>True for <c>localhost</c>, 127.0.0.0/8 and <c>::1</c>.</summary>
    public static bool IsLoopback(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return false;
        }

        var host = uri.IdnHost;
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
