using System.Globalization;
using ResidentMedicalInsurance.Application.Abstractions;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// A clock for demonstrations and browser tests of past insurance years: starts at a configured
/// date (e.g. "2020-11-16T09:00:00+08:00") when the portal starts and then runs in real time. Only
/// the business clock (<see cref="IClock"/>) moves; sign-in cookies and keys keep real time.
/// </summary>
public sealed class ShiftedClock(TimeProvider time, DateTimeOffset start) : IClock
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly TimeSpan shift = start - time.GetUtcNow();

    public DateTimeOffset Now => (time.GetUtcNow() + shift).ToOffset(ChinaOffset);

    public DateOnly Today => DateOnly.FromDateTime(Now.DateTime);

    /// <summary>
    /// <c>Clock:Start</c> moves every county to one date (the browser tests); otherwise
    /// <c>Clock:StartByTenant:&lt;code&gt;</c> gives each listed county its own date (the demo, ADR 0041);
    /// with neither the system clock stays.
    /// </summary>
    public static void AddIfConfigured(IServiceCollection services, IConfiguration configuration)
    {
        if (configuration["Clock:Start"] is { Length: > 0 } text)
        {
            var start = Parse(text);
            services.AddSingleton<IClock>(sp => new ShiftedClock(sp.GetRequiredService<TimeProvider>(), start));
            return;
        }

        var byTenant = configuration.GetSection("Clock:StartByTenant").GetChildren()
            .Where(c => c.Value is { Length: > 0 })
            .ToDictionary(c => c.Key, c => Parse(c.Value!), StringComparer.OrdinalIgnoreCase);
        if (byTenant.Count > 0)
        {
            TenantClock.Add(services, byTenant);
        }
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
