using System.Globalization;
using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// A clock for demonstrations and browser tests of past insurance years: starts at the configured
/// <c>Clock:Start</c> (e.g. "2020-11-16T09:00:00+08:00") when the portal starts and then runs in
/// real time. Only the business clock (<see cref="IClock"/>) moves; sign-in cookies and keys keep
/// real time.
/// </summary>
public sealed class ShiftedClock(TimeProvider time, DateTimeOffset start) : IClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly TimeSpan shift = start - time.GetUtcNow();

    public DateTimeOffset Now => (time.GetUtcNow() + shift).ToOffset(ChinaOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>Replaces the system clock when <c>Clock:Start</c> is configured.</summary>
    public static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Clock:Start"] is { Length: > 0 } text)
        {
            var start = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
            services.AddSingleton<IClock>(sp => new ShiftedClock(sp.GetRequiredService<TimeProvider>(), start));
        }
    }
}
