namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>
/// An insurance year (参保年度) Y. The default benefit period (待遇享受期) is Y-01-01 .. Y-12-31;
/// the payment campaign for Y usually runs in Y-1, hence <see cref="Previous"/> and <see cref="On"/>.
/// <c>default</c> (year 0) is not valid: construct it.
/// </summary>
public readonly record struct InsuranceYear : IComparable<InsuranceYear>
{
    public const int MinYear = 1901;
    public const int MaxYear = 9998;

    public InsuranceYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
        Year = year;
    }

    public int Year { get; }

    /// <summary>Y-01-01, the default first day of benefits.</summary>
    public DateOnly BenefitStart => new(Year, 1, 1);

    /// <summary>Y-12-31, the last day of benefits.</summary>
    public DateOnly BenefitEnd => new(Year, 12, 31);

    /// <summary>The last day of February of Y (28 or 29).</summary>
    public DateOnly EndOfFebruary => new(Year, 2, DateTime.DaysInMonth(Year, 2));

    public InsuranceYear Previous => new(Year - 1);

    public InsuranceYear Next => new(Year + 1);

    /// <summary>Display name, e.g. 2020年度.</summary>
    public string DisplayName => string.Create(CultureInfo.InvariantCulture, $"{Year}年度");

    public static InsuranceYear Of(DateOnly date) => new(date.Year);

    public static bool operator <(InsuranceYear left, InsuranceYear right) => left.Year < right.Year;

    public static bool operator >(InsuranceYear left, InsuranceYear right) => left.Year > right.Year;

    public static bool operator <=(InsuranceYear left, InsuranceYear right) => left.Year <= right.Year;

    public static bool operator >=(InsuranceYear left, InsuranceYear right) => left.Year >= right.Year;

    /// <summary>A date within Y, e.g. <c>year.On(6, 30)</c>; use <c>year.Previous.On(9, 1)</c> for Y-1.</summary>
    public DateOnly On(int month, int day) => new(Year, month, day);

    /// <summary>Whether <paramref name="date"/> lies in the default benefit period.</summary>
    public bool Contains(DateOnly date) => date.Year == Year;

    public int CompareTo(InsuranceYear other) => Year.CompareTo(other.Year);

    public override string ToString() => Year.ToString(CultureInfo.InvariantCulture);
}
