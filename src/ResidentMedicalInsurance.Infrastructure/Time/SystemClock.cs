namespace ResidentMedicalInsurance.Infrastructure.Time;

/// <summary>The real clock in China Standard Time (UTC+8, no daylight saving).</summary>
public sealed class SystemClock(TimeProvider time) : IClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateTimeOffset Now => time.GetUtcNow().ToOffset(ChinaOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
