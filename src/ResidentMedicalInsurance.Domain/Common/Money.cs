using System.Diagnostics.CodeAnalysis;

namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>
/// An amount in Chinese yuan, held as whole fen (分) so that sums are exact in every database.
/// The one place that writes and reads yuan. Formats: "C" (default) <c>¥250.00</c>; "Y" <c>250.00 元</c>
/// (pages, prints, messages); "W" <c>250元</c>, <c>232.50元</c> (wording of the policy explanations: no
/// decimals for whole yuan); "F" <c>250.00</c> (JSON, files; also as UTF-8). "C" and "Y" group thousands
/// (<c>16,993,400.00 元</c>: a county's totals are read by people), "W" and "F" do not; negative amounts get a
/// leading minus (<c>-¥30.00</c>).
/// </summary>
public readonly record struct Money : IComparable<Money>, ISpanFormattable, IUtf8SpanFormattable
{
    private const long MaxYuan = long.MaxValue / 100;

    public Money(long fen) => Fen = fen;

    public long Fen { get; }

    public static Money Zero => default;

    public bool IsZero => Fen == 0;

    public bool IsNegative => Fen < 0;

    /// <summary>The amount in yuan, exact (for JSON and reports).</summary>
    public decimal Yuan => Fen / 100m;

    public static Money FromFen(long fen) => new(fen);

    public static Money FromYuan(long yuan) => new(checked(yuan * 100));

    /// <summary>From a yuan amount with at most two decimals; more precision is a programming error.</summary>
    public static Money FromYuan(decimal yuan)
    {
        var fen = yuan * 100m;
        if (fen != decimal.Truncate(fen))
        {
            throw new ArgumentException($"金额{yuan}超过两位小数。", nameof(yuan));
        }

        return new(checked((long)fen));
    }

    public static Money operator +(Money left, Money right) => new(checked(left.Fen + right.Fen));

    public static Money operator -(Money left, Money right) => new(checked(left.Fen - right.Fen));

    public static Money operator -(Money value) => new(checked(-value.Fen));

    public static Money operator *(Money value, long factor) => new(checked(value.Fen * factor));

    public static bool operator <(Money left, Money right) => left.Fen < right.Fen;

    public static bool operator >(Money left, Money right) => left.Fen > right.Fen;

    public static bool operator <=(Money left, Money right) => left.Fen <= right.Fen;

    public static bool operator >=(Money left, Money right) => left.Fen >= right.Fen;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public static Money Multiply(Money value, long factor) => value * factor;

    public static Money Min(Money a, Money b) => a.Fen <= b.Fen ? a : b;

    public static Money Max(Money a, Money b) => a.Fen >= b.Fen ? a : b;

    public int CompareTo(Money other) => Fen.CompareTo(other.Fen);

    /// <summary>
    /// Parses yuan as a clerk types it: <c>250</c>, <c>250.5</c>, <c>¥250.00</c>, <c>250元</c>,
    /// full-width digits, thousands grouped by commas as "C" and "Y" write them (<c>1,540.00</c>; a comma elsewhere is
    /// refused, not guessed at), at most two decimals, optional leading minus.
    /// </summary>
    public static bool TryParse(string? input, out Money money, [NotNullWhen(false)] out string? error)
    {
        error = Create(input, out money);
        return error is null;
    }

    /// <summary>Like <see cref="TryParse"/>, throwing a <see cref="DomainException"/> with the zh-CN message.</summary>
    public static Money Parse(string? input) =>
        Create(input, out var money) is { } error ? throw new DomainException(error) : money;

    public override string ToString() => ToString(null, null);

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        Span<char> buffer = stackalloc char[32];
        return TryFormat(buffer, out var written, format, formatProvider)
            ? new string(buffer[..written])
            : throw new InvalidOperationException("金额格式化缓冲区不足。");
    }

    public bool TryFormat(
        Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var (prefix, suffix, yuanFormat) = format switch
        {
            [] or "C" => ("¥", "", "N0"),
            "Y" => ("", " 元", "N0"),
            "W" => ("", "元", ""),
            "F" => ("", "", ""),
            _ => throw new FormatException($"不支持的金额格式“{format}”：可用 C、Y、W、F。"),
        };

        charsWritten = 0;
        var magnitude = Fen < 0 ? (ulong)(-(Fen + 1)) + 1 : (ulong)Fen;
        var pos = 0;
        if (Fen < 0 && !TryAppend(destination, ref pos, "-"))
        {
            return false;
        }

        if (!TryAppend(destination, ref pos, prefix)
            || !(magnitude / 100).TryFormat(destination[pos..], out var yuanChars, yuanFormat, CultureInfo.InvariantCulture))
        {
            return false;
        }

        pos += yuanChars;
        if (destination.Length - pos < 3)
        {
            return false;
        }

        var cents = (int)(magnitude % 100);
        if (cents != 0 || format is not "W")
        {
            destination[pos++] = '.';
            destination[pos++] = (char)('0' + (cents / 10));
            destination[pos++] = (char)('0' + (cents % 10));
        }

        if (!TryAppend(destination, ref pos, suffix))
        {
            return false;
        }

        charsWritten = pos;
        return true;
    }

    /// <summary>The same text as UTF-8. "F" (the JSON writer's, millions of times a run) is written straight as bytes.</summary>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format is "F")
        {
            return TryFormatPlainUtf8(utf8Destination, out bytesWritten);
        }

        Span<char> chars = stackalloc char[32];
        bytesWritten = 0;
        return TryFormat(chars, out var written, format, provider)
            && System.Text.Encoding.UTF8.TryGetBytes(chars[..written], utf8Destination, out bytesWritten);
    }

    private bool TryFormatPlainUtf8(Span<byte> destination, out int bytesWritten)
    {
        bytesWritten = 0;
        var magnitude = Fen < 0 ? (ulong)(-(Fen + 1)) + 1 : (ulong)Fen;
        var pos = 0;
        if (Fen < 0)
        {
            if (destination.IsEmpty)
            {
                return false;
            }

            destination[pos++] = (byte)'-';
        }

        if (!System.Buffers.Text.Utf8Formatter.TryFormat(magnitude / 100, destination[pos..], out var digits) || destination.Length - pos - digits < 3)
        {
            return false;
        }

        pos += digits;
        var cents = (int)(magnitude % 100);
        destination[pos++] = (byte)'.';
        destination[pos++] = (byte)('0' + (cents / 10));
        destination[pos++] = (byte)('0' + (cents % 10));
        bytesWritten = pos;
        return true;
    }

    private static bool TryAppend(Span<char> destination, ref int pos, ReadOnlySpan<char> text)
    {
        if (!text.TryCopyTo(destination[pos..]))
        {
            return false;
        }

        pos += text.Length;
        return true;
    }

    private static string? Create(string? input, out Money money)
    {
        money = default;
        var text = input.AsSpan().Trim();
        if (text.IsEmpty)
        {
            return MoneyMessages.Empty;
        }

        var s = text;
        var negative = s[0] == '-';
        if (negative)
        {
            s = s[1..];
        }

        if (!s.IsEmpty && s[0] is '¥' or '￥')
        {
            s = s[1..];
        }

        if (!negative && !s.IsEmpty && s[0] == '-')
        {
            negative = true;
            s = s[1..];
        }

        if (!s.IsEmpty && s[^1] == '元')
        {
            s = s[..^1];
        }

        s = s.Trim();
        long yuan = 0;
        var i = 0;
        var (grouped, groupDigits) = (false, 0);
        for (; i < s.Length; i++)
        {
            if (s[i] == ',')
            {
                // One to three digits before the first comma, exactly three between commas.
                if (groupDigits == 0 || groupDigits > 3 || (grouped && groupDigits != 3))
                {
                    return MoneyMessages.InvalidFormat(text.ToString());
                }

                (grouped, groupDigits) = (true, 0);
                continue;
            }

            if (!IsDigit(s[i], out var d))
            {
                break;
            }

            if (yuan > (MaxYuan - d) / 10)
            {
                return MoneyMessages.OutOfRange(text.ToString());
            }

            yuan = (yuan * 10) + d;
            groupDigits++;
        }

        if (i == 0 || (grouped && groupDigits != 3))
        {
            return MoneyMessages.InvalidFormat(text.ToString());
        }

        long cents = 0;
        if (i < s.Length)
        {
            if (s[i] != '.' || i == s.Length - 1)
            {
                return MoneyMessages.InvalidFormat(text.ToString());
            }

            var decimals = s[(i + 1)..];
            foreach (var c in decimals)
            {
                if (!IsDigit(c, out _))
                {
                    return MoneyMessages.InvalidFormat(text.ToString());
                }
            }

            if (decimals.Length > 2)
            {
                return MoneyMessages.TooManyDecimals(text.ToString());
            }

            IsDigit(decimals[0], out var tenths);
            cents = tenths * 10;
            if (decimals.Length == 2)
            {
                IsDigit(decimals[1], out var hundredths);
                cents += hundredths;
            }
        }

        if (yuan == MaxYuan && cents > long.MaxValue % 100)
        {
            return MoneyMessages.OutOfRange(text.ToString());
        }

        var fen = (yuan * 100) + cents;
        money = new Money(negative ? -fen : fen);
        return null;
    }

    /// <summary>ASCII or full-width digit.</summary>
    private static bool IsDigit(char c, out int digit)
    {
        digit = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= '\uFF10' and <= '\uFF19' => c - '\uFF10',
            _ => -1,
        };
        return digit >= 0;
    }
}
