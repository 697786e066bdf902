namespace ResidentMedicalInsurance.Infrastructure.Time;

/// <summary>
/// A clock for demonstrations and browser tests of past insurance years: starts at a configured date
/// (e.g. "2020-11-16T09:00:00+08:00") when it is made and then runs in real time, in China Standard
/// Time. Only the business clock (<see cref="IClock"/>) moves; sign-in cookies and keys keep real time.
/// </summary>
public sealed class ShiftedClock(TimeProvider time, DateTimeOffset start) : IClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly TimeSpan shift = start - time.GetUtcNow();

    public DateTimeOffset Now => (time.GetUtcNow() + shift).ToOffset(ChinaOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);
}
