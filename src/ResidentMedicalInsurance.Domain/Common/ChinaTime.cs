namespace ResidentMedicalInsurance.Domain.Common;

/// <summary>China Standard Time (UTC+8, no daylight saving): the calendar every notice's dates are in.</summary>
public static class ChinaTime
{
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(8);

    /// <summary>The calendar day in China of an instant.</summary>
    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>The first instant of a China calendar day.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);
}
