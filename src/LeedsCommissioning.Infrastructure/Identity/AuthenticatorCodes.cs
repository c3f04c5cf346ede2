using System.Buffers.Binary;
using System.Security.Cryptography;

namespace LeedsCommissioning.Infrastructure.Identity;

/// <summary>
/// Time-based one-time codes as authenticator apps make them (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), from
/// the base32 key Identity stores for each person. One implementation for the portal's check
/// (<see cref="ClockedAuthenticatorTokenProvider"/>) and for anything that must make a code: the tests, and a
/// developer signing in as the demo administrator (scripts/demo-code.sh does the same in Python).
/// </summary>
public static class AuthenticatorCodes
{
    public const int StepSeconds = 30;

    public const int Digits = 6;

    /// <summary>The 30-second step an instant falls in, counted from the Unix epoch.</summary>
    public static long StepAt(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code an authenticator app shows at <paramref name="at"/> for <paramref name="base32Key"/>.</summary>
    public static string CodeAt(string base32Key, DateTimeOffset at) => Code(FromBase32(base32Key), StepAt(at));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "RFC 6238's default and what authenticator apps compute; HMAC-SHA1 is not broken as a MAC")]
    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, counter, hash);
        var offset = hash[^1] & 0x0f;
        var binary = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff) % 1_000_000;
        return binary.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A code as a person types it: spaces and hyphens dropped; null unless six digits remain.</summary>
    public static string? Normalise(string? typed)
    {
        var digits = new string((typed ?? "").Where(c => c is not (' ' or '-')).ToArray());
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    /// <summary>Decodes RFC 4648 base32 (the alphabet A-Z, 2-7), ignoring case, spaces and padding.</summary>
    public static byte[] FromBase32(string base32)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var output = new List<byte>(base32.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in base32.ToUpperInvariant())
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                output.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. output];
    }
}
