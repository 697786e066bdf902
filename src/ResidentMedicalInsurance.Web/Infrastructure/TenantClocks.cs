using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Time;

namespace ResidentMedicalInsurance.Web.Infrastructure;

/// <summary>
/// One shifted clock per configured county (<c>Clock:StartByTenant:&lt;code&gt;</c>), all started
/// when this singleton is first used (portal start-up: the demo seeding). Tenant codes are mapped
/// to ids once, when the tenants are on record; other counties keep the system clock.
/// </summary>
public sealed class TenantClocks(IServiceScopeFactory scopes, TimeProvider time, IReadOnlyDictionary<string, DateTimeOffset> startsByCode)
{
    private readonly IClock system = new SystemClock(time);
    private readonly Dictionary<string, ShiftedClock> byCode =
        startsByCode.ToDictionary(p => p.Key, p => new ShiftedClock(time, p.Value), StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private volatile Dictionary<Guid, IClock>? byTenant;

    /// <summary>The clock of a tenant; the system clock for a tenant not configured or no tenant.</summary>
    public IClock For(Guid? tenantId) =>
        tenantId is { } id && TenantMap().TryGetValue(id, out var clock) ? clock : system;

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
            var resolved = tenants.Where(t => byCode.ContainsKey(t.Code)).ToDictionary(t => t.Id, t => (IClock)byCode[t.Code]);

            // Before the tenants are seeded there is nothing to map yet: look again next time.
            if (tenants.Count > 0)
            {
                byTenant = resolved;
            }

            return resolved;
        }
    }
}
