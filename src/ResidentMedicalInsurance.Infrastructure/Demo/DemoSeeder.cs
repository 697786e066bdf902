using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResidentMedicalInsurance.Application.Auditing;
using ResidentMedicalInsurance.Domain.Progress;
using ResidentMedicalInsurance.Domain.Tenancy;
using ResidentMedicalInsurance.Infrastructure.Identity;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;
using ResidentMedicalInsurance.Infrastructure.Tenancy;

namespace ResidentMedicalInsurance.Infrastructure.Demo;

/// <summary>
/// Demo data on top of the reference data: the demo accounts of every county (<see cref="DemoUsers"/>)
/// demo plans where a notice gives none, and a few households per county in the first clerk's townships
/// (<see cref="DemoHouseholds"/>): some paid last year (for 续保), some enrolled this year; and one approved
/// subsidy roster per county (<see cref="DemoRosters"/>). Idempotent: existing users, plans, households and
/// rosters are left alone. Needs <see cref="PortalIdentity.AddPortalIdentityCore"/> and the application.
/// </summary>
public sealed class DemoSeeder(IServiceScopeFactory scopes, ILogger<DemoSeeder> logger)
{
    /// <summary>The audit trail's action for the demo households.</summary>
    public const string AuditAction = "演示数据";

    /// <summary>Returns the number of users created.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken = default)
    {
        List<Tenant> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.IgnoreQueryFilters().AsNoTracking()
                .OrderBy(t => t.Code)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        var created = 0;
        var households = 0;
        var rosters = 0;
        foreach (var tenant in tenants)
        {
            await using var scope = scopes.CreateSystemScope(tenant.Id);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var townships = await db.Townships.OrderBy(t => t.SortOrder).ThenBy(t => t.Name).ToListAsync(cancellationToken).ConfigureAwait(false);

            if (DemoQuotaPlans.ByTenant.TryGetValue(tenant.Code, out var plans))
            {
                var year = ReferenceTenants.All.Single(r => r.Code == tenant.Code).PlanYear;
                var planned = await db.TownshipPlans.Where(p => p.Year == year).Select(p => p.TownshipId).ToListAsync(cancellationToken).ConfigureAwait(false);
                foreach (var township in townships.Where(t => !planned.Contains(t.Id) && plans.ContainsKey(t.Name)))
                {
                    db.TownshipPlans.Add(new TownshipPlan
                    {
                        Id = Guid.CreateVersion7(), TownshipId = township.Id, Year = year, Persons = plans[township.Name],
                        Source = PlanSource.Entered, EnteredBy = "demo", EnteredAt = DateTimeOffset.UtcNow,
                    });
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            foreach (var demo in DemoUsers.PerCounty)
            {
                var userName = DemoUsers.UserName(tenant.Code, demo);
                if (await users.FindByNameAsync(userName).ConfigureAwait(false) is not null)
                {
                    continue;
                }

                var bound = demo.Townships.Where(i => i < townships.Count).Select(i => townships[i]).ToList();
                var user = new AppUser
                {
                    UserName = userName,
                    TenantId = tenant.Id,
                    DisplayName = DemoUsers.DisplayName(demo, tenant.Name, bound.Select(t => t.Name).ToList()),
                };
                user.Townships.AddRange(bound.Select(t => new UserTownship { UserId = user.Id, TownshipId = t.Id }));
                await Check(users.CreateAsync(user, DemoUsers.Password), userName).ConfigureAwait(false);
                await Check(users.AddToRoleAsync(user, demo.Role), userName).ConfigureAwait(false);
                created++;
            }

            // Audited like a clerk's command, under this action name.
            scope.ServiceProvider.GetRequiredService<AuditScope>().Action = AuditAction;
            var clock = scope.ServiceProvider.GetRequiredService<IClock>();
            households += await DemoRecords.SeedAsync(db, clock, tenant, townships, cancellationToken).ConfigureAwait(false);
            rosters += await DemoRosterSeeding.SeedAsync(scopes, tenant, townships, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("Demo data: {Count} users, {Households} households and {Rosters} rosters created", created, households, rosters);
        return created;
    }

    private static async Task Check(Task<IdentityResult> operation, string userName)
    {
        var result = await operation.ConfigureAwait(false);
        if (!result.Succeeded)
        {
            throw new AppException($"演示用户 {userName} 创建失败：{string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
