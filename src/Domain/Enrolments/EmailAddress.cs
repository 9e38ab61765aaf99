using System.Buffers;
using System.Globalization;
using System.Text;
using MentorFlow.Domain.Common;

namespace MentorFlow.Domain.Enrolments;

/// <summary>
/// An email address, trimmed and with its domain lower-cased (domains are case-insensitive; local parts, strictly,
/// are not, so the local part is kept as entered). <see cref="IdentityKey"/> folds the whole address for identity,
/// because in practice mailboxes ignore case and a person typing <c>Ana@</c> once and <c>ana@</c> later is one person.
/// </summary>
public sealed record EmailAddress
{
    public const int MaxLength = 254;
    private const int MaxLocalLength = 64;

    private EmailAddress(string value) => Value = value;

    public string Value { get; }

    public string IdentityKey => Value.ToLowerInvariant();

    public static Result<EmailAddress> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<EmailAddress>.Failure(field, "is required");
        }

        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength)
        {
            return Result<EmailAddress>.Failure(field, $"must be at most {MaxLength} characters");
        }

        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at > MaxLocalLength || at == trimmed.Length - 1)
        {
            return Invalid(field);
        }

        var local = trimmed[..at];
        var domain = ToAsciiDomain(trimmed[(at + 1)..]);
        return !local.AsSpan().ContainsAnyExcept(LocalPartCharacters) && !local.StartsWith('.') && !local.EndsWith('.')
            && !local.Contains("..", StringComparison.Ordinal) && domain is not null && IsDomain(domain)
            ? Result<EmailAddress>.Success(new EmailAddress(local + "@" + domain))
            : Invalid(field);
    }

    public override string ToString() => Value;

    private static Result<EmailAddress> Invalid(string field) =>
        Result<EmailAddress>.Failure(field, "must be an email address such as ana.silva@example.org");

    private static readonly SearchValues<char> LocalPartCharacters =
        SearchValues.Create(AsciiCharacters.LettersAndDigits + "!#$%&'*+-/=?^_`{|}~.");

    private static readonly SearchValues<char> LabelCharacters =
        SearchValues.Create(AsciiCharacters.LettersAndDigits + "-");

    private static string? ToAsciiDomain(string domain)
    {
        if (Ascii.IsValid(domain))
        {
            return domain.ToLowerInvariant();
        }

        try
        {
            // International domains are stored in their ASCII (punycode) form, the form mail servers compare.
            return new IdnMapping().GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsDomain(string domain)
    {
        // At least two labels, each 1 to 63 letters, digits and inner hyphens; the last not all digits.
        var labels = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in domain.AsSpan().Split('.'))
        {
            var label = domain.AsSpan(range);
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-' || label.ContainsAnyExcept(LabelCharacters))
            {
                return false;
            }

            labels++;
            last = label;
        }

        return labels >= 2 && last.ContainsAnyExceptInRange('0', '9');
    }
}
