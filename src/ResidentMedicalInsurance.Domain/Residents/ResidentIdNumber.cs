using System.Diagnostics.CodeAnalysis;

namespace ResidentMedicalInsurance.Domain.Residents;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit region code, 8-digit birth date, 3-digit sequence
/// (odd: male), check digit (ISO 7064 MOD 11-2, 0-9 or X). Also accepts the 港澳台居民居住证
/// numbers (810000/820000/830000) and upgrades valid 15-digit legacy numbers to 18 digits.
/// Input is normalised: trimmed, full-width digits and lower-case x accepted.
/// <c>default</c> is not a valid number: obtain values through <see cref="TryParse"/>,
/// <see cref="Parse"/> or <see cref="FromStorage"/>.
/// </summary>
public readonly record struct ResidentIdNumber
{
    public const int Length = 18;
    public const int LegacyLength = 15;

    private static readonly DateOnly Earliest = new(1900, 1, 1);
    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    private readonly string? _value;

    private ResidentIdNumber(string value, DateOnly birthDate)
    {
        _value = value;
        BirthDate = birthDate;
    }

    /// <summary>The normalised 18-character number (digits, last one possibly 'X').</summary>
    public string Value => _value ?? string.Empty;

    public DateOnly BirthDate { get; }

    /// <summary>From the 17th digit: odd is male, even is female.</summary>
    public Sex Sex => (Value[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The six-digit administrative region code of the issuing place (e.g. 320703).</summary>
    public string RegionCode => Value[..6];

    /// <summary>For lists: <c>350426********1234</c>.</summary>
    public string Masked => ResidentIdMask.Mask(Value);

    /// <summary>
    /// Parses user input; <paramref name="today"/> (China Standard Time) rejects future birth dates. The
    /// <paramref name="error"/> names what is wrong; the Application words it for the user.
    /// </summary>
    public static bool TryParse(
        string? input, DateOnly today, out ResidentIdNumber id, [NotNullWhen(false)] out ResidentIdError? error)
    {
        error = Create(input, today, out id);
        return error is null;
    }

    /// <summary>Like <see cref="TryParse"/>, throwing a <see cref="FormatException"/> naming the problem (for numbers already checked).</summary>
    public static ResidentIdNumber Parse(string? input, DateOnly today) =>
        Create(input, today, out var id) is { } error ? throw new FormatException($"Not a valid resident ID number: {error}.") : id;

    /// <summary>
    /// For numbers read back from storage (validated when entered): every check except the
    /// future-birth-date one, which needs today's date.
    /// </summary>
    public static ResidentIdNumber FromStorage(string value) => Parse(value, DateOnly.MaxValue);

    /// <summary>The check digit (0-9 or X) for the first 17 digits.</summary>
    public static char ComputeCheckDigit(ReadOnlySpan<char> first17)
    {
        if (first17.Length != Length - 1)
        {
            throw new ArgumentException("需要前17位数字。", nameof(first17));
        }

        var sum = 0;
        for (var i = 0; i < first17.Length; i++)
        {
            if (!char.IsAsciiDigit(first17[i]))
            {
                throw new ArgumentException("前17位只能是数字。", nameof(first17));
            }

            sum += (first17[i] - '0') * Weights[i];
        }

        return "10X98765432"[sum % 11];
    }

    /// <summary>Age in whole years (周岁) on <paramref name="date"/>; a 02-29 birthday counts from 03-01 in common years.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        var beforeBirthday = date.Month < BirthDate.Month
            || (date.Month == BirthDate.Month && date.Day < BirthDate.Day);
        return beforeBirthday ? age - 1 : age;
    }

    public override string ToString() => Value;

    private static ResidentIdError? Create(string? input, DateOnly today, out ResidentIdNumber id)
    {
        id = default;
        var raw = input.AsSpan().Trim();
        if (raw.IsEmpty)
        {
            return ResidentIdError.Of(ResidentIdProblem.Empty);
        }

        if (raw.Length is not (Length or LegacyLength))
        {
            return ResidentIdError.Of(ResidentIdProblem.WrongLength, raw.Length);
        }

        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < raw.Length; i++)
        {
            chars[i] = Normalise(raw[i]);
        }

        return raw.Length == LegacyLength
            ? CreateFromLegacy(raw, chars, today, out id)
            : CreateFromCurrent(raw, chars, today, out id);
    }

    private static ResidentIdError? CreateFromCurrent(
        ReadOnlySpan<char> raw, Span<char> chars, DateOnly today, out ResidentIdNumber id)
    {
        id = default;
        for (var i = 0; i < Length; i++)
        {
            var valid = char.IsAsciiDigit(chars[i]) || (i == Length - 1 && chars[i] == 'X');
            if (!valid)
            {
                return ResidentIdError.Of(ResidentIdProblem.IllegalCharacter, i + 1, raw[i]);
            }
        }

        if (CheckRegion(chars) is { } regionError)
        {
            return regionError;
        }

        if (!TryReadDate(chars.Slice(6, 8), out var birth))
        {
            return ResidentIdError.Of(ResidentIdProblem.InvalidBirthDate, chars.Slice(6, 8).ToString());
        }

        if (birth < Earliest)
        {
            return ResidentIdError.Of(ResidentIdProblem.BirthBefore1900, birth);
        }

        if (birth > today)
        {
            return ResidentIdError.Of(ResidentIdProblem.BirthInFuture, birth, today);
        }

        var expected = ComputeCheckDigit(chars[..17]);
        if (chars[17] != expected)
        {
            return ResidentIdError.Of(ResidentIdProblem.WrongCheckDigit, expected, chars[17]);
        }

        id = new ResidentIdNumber(new string(chars), birth);
        return null;
    }

    /// <summary>15 digits: region, yyMMdd, sequence. Upgrade: insert "19" before the year, append the check digit.</summary>
    private static ResidentIdError? CreateFromLegacy(
        ReadOnlySpan<char> raw, Span<char> chars, DateOnly today, out ResidentIdNumber id)
    {
        id = default;
        for (var i = 0; i < LegacyLength; i++)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                return ResidentIdError.Of(ResidentIdProblem.LegacyIllegalCharacter, i + 1, raw[i]);
            }
        }

        var province = ReadNumber(chars[..2]);
        if (!ProvinceCodes.IsProvince(province))
        {
            return ResidentIdError.Of(ResidentIdProblem.LegacyInvalidProvince, chars[..2].ToString());
        }

        // Shift date and sequence right by two and write the century.
        chars.Slice(6, 9).CopyTo(chars.Slice(8, 9));
        chars[6] = '1';
        chars[7] = '9';
        if (!TryReadDate(chars.Slice(6, 8), out var birth))
        {
            return ResidentIdError.Of(ResidentIdProblem.LegacyInvalidBirthDate, chars.Slice(8, 6).ToString(), chars.Slice(6, 4).ToString());
        }

        if (birth > today)
        {
            return ResidentIdError.Of(ResidentIdProblem.LegacyBirthInFuture, birth, today);
        }

        chars[17] = ComputeCheckDigit(chars[..17]);
        id = new ResidentIdNumber(new string(chars), birth);
        return null;
    }

    private static ResidentIdError? CheckRegion(ReadOnlySpan<char> chars)
    {
        var province = ReadNumber(chars[..2]);
        if (ProvinceCodes.IsResidencePermit(province))
        {
            var expected = province == 81 ? "810000" : province == 82 ? "820000" : "830000";
            return chars[..6].SequenceEqual(expected)
                ? null
                : ResidentIdError.Of(ResidentIdProblem.InvalidPermitRegion, expected, chars[..6].ToString());
        }

        return ProvinceCodes.IsProvince(province) ? null : ResidentIdError.Of(ResidentIdProblem.InvalidProvince, chars[..2].ToString());
    }

    private static bool TryReadDate(ReadOnlySpan<char> yyyyMMdd, out DateOnly date)
    {
        date = default;
        var year = ReadNumber(yyyyMMdd[..4]);
        var month = ReadNumber(yyyyMMdd.Slice(4, 2));
        var day = ReadNumber(yyyyMMdd.Slice(6, 2));
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static int ReadNumber(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }

    /// <summary>Full-width digits (０-９) to ASCII; x, ｘ, Ｘ to X.</summary>
    private static char Normalise(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' => (char)('0' + (c - '\uFF10')),
        'x' or '\uFF58' or '\uFF38' => 'X',
        _ => c,
    };
}
