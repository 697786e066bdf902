using System.Security.Cryptography;

namespace ResidentMedicalInsurance.Infrastructure.Identity;

/// <summary>
/// A generated password an Admin reads out once to a new user (or after a reset): long enough and
/// mixed as the portal's rule asks, without characters people mistake for each other (0/O, 1/l/I).
/// </summary>
public static class OneTimePassword
{
    public const int Length = 16;

    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnpqrstuvwxyz";
    private const string Digits = "23456789";
    private const string Symbols = "@#-!";
    private const string Any = Upper + Lower + Digits + Symbols;

    public static string Generate()
    {
        var chars = new[] { Pick(Upper), Pick(Lower), Pick(Digits), Pick(Symbols) }
            .Concat(Enumerable.Range(0, Length - 4).Select(_ => Pick(Any)))
            .ToArray();
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string from) => from[RandomNumberGenerator.GetInt32(from.Length)];
}
