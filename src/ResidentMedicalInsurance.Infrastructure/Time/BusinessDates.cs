using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Infrastructure.Persistence;

namespace ResidentMedicalInsurance.Infrastructure.Time;

/// <summary>
/// The one rule for the business date of a tenant (ADR 0041), read once from configuration:
/// <c>Clock:Start</c>, when set, is every county's date (the browser tests); otherwise
/// <c>Clock:StartByTenant:&lt;code&gt;</c> is the date of each listed county (the demo); otherwise, and
/// for a county not listed or no tenant, real time (<see cref="SystemClock"/>). A configured date
/// starts when this singleton is made (host start-up) and then runs in real time. Tenant codes are
/// mapped to ids once the tenants are on record.
/// </summary>
public sealed class BusinessDates
{
    private readonly IServiceScopeFactory scopes;
    private readonly IClock system;
    private readonly IClock? everyCounty;
    private readonly Dictionary<string, IClock> byCode;
    private readonly Lock gate = new();
    private volatile Dictionary<Guid, IClock>? byTenant;

    public BusinessDates(IConfiguration configuration, TimeProvider time, IServiceScopeFactory scopes)
    {
        this.scopes = scopes;
        system = new SystemClock(time);
        if (configuration["Clock:Start"] is { Length: > 0 } start)
        {
            everyCounty = new ShiftedClock(time, Parse(start));
        }

        byCode = configuration.GetSection("Clock:StartByTenant").GetChildren()
            .Where(c => c.Value is { Length: > 0 })
            .ToDictionary(c => c.Key, c => (IClock)new ShiftedClock(time, Parse(c.Value!)), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The clock of a tenant (null: nobody signed in).</summary>
    public IClock For(Guid? tenantId) =>
        everyCounty
        ?? (tenantId is { } id && byCode.Count > 0 && TenantMap().TryGetValue(id, out var clock) ? clock : system);

    private Dictionary<Guid, IClock> TenantMap()
    {
        if (byTenant is { } map)
        {
            return map;
        }

        lock (gate)
        {
            if (byTenant is { } again)
            {
                return again;
            }

            using var scope = scopes.CreateScope();
            var tenants = scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().AsNoTracking()
                .Select(t => new { t.Id, t.Code }).ToList();
            var resolved = tenants.Where(t => byCode.ContainsKey(t.Code)).ToDictionary(t => t.Id, t => byCode[t.Code]);

            // Before the tenants are seeded there is nothing to map yet: look again next time.
            if (tenants.Count > 0)
            {
                byTenant = resolved;
            }

            return resolved;
        }
    }

    private static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
