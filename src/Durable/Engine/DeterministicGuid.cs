using System.Security.Cryptography;
using System.Text;

namespace MentorFlow.Durable.Engine;

/// <summary>Name-based UUIDs (RFC 9562 version 5), computed the way Durable Task computes <c>NewGuid</c>.</summary>
internal static class DeterministicGuid
{
    // The namespace Durable Task uses for orchestration GUIDs.
    private static readonly Guid _namespace = Guid.Parse("9e952958-5e33-4daf-827f-2fa12937b875");

    public static Guid Create(string name)
    {
        byte[] namespaceBytes = _namespace.ToByteArray();
        SwapToNetworkOrder(namespaceBytes);
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[namespaceBytes.Length + nameBytes.Length];
        namespaceBytes.CopyTo(input, 0);
        nameBytes.CopyTo(input, namespaceBytes.Length);

        // SHA-1 is what version 5 UUIDs are defined with; it is an identifier here, not a security measure.
#pragma warning disable CA5350
        byte[] hash = SHA1.HashData(input);
#pragma warning restore CA5350
        byte[] guid = hash[..16];
        guid[6] = (byte)((guid[6] & 0x0F) | (5 << 4));
        guid[8] = (byte)((guid[8] & 0x3F) | 0x80);
        SwapToNetworkOrder(guid);
        return new Guid(guid);
    }

    private static void SwapToNetworkOrder(byte[] bytes)
    {
        (bytes[0], bytes[3]) = (bytes[3], bytes[0]);
        (bytes[1], bytes[2]) = (bytes[2], bytes[1]);
        (bytes[4], bytes[5]) = (bytes[5], bytes[4]);
        (bytes[6], bytes[7]) = (bytes[7], bytes[6]);
    }
}
