using ResidentMedicalInsurance.Application.Features.Progress;
using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Tenancy;

/// <summary>The signed-in user's county with its townships and their plans for the current year; a clerk's own townships are marked.</summary>
[AuthorizeRoles(Roles.Everyone)]
public sealed record ListTownships : IQuery<TenantOverview>;

public sealed record TenantOverview(string TenantName, string CurrentProfileId, IReadOnlyList<TownshipRow> Townships);

public sealed record TownshipRow(Guid Id, string Name, int? Population, int? QuotaPlan, bool IsMine);

public sealed class ListTownshipsHandler(IAppDbContext db, ICurrentUser user, IPolicyGateway policy) : IRequestHandler<ListTownships, TenantOverview>
{
    public async Task<TenantOverview> Handle(ListTownships request, CancellationToken cancellationToken)
    {
        // Both sets are tenant-filtered by the DbContext: only the signed-in user's county is visible.
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(cancellationToken).ConfigureAwait(false);
        var plans = await Plans.ForYearAsync(db, policy.Profile(tenant.CurrentProfileId).Year, cancellationToken).ConfigureAwait(false);
        var mine = user.IsInRole(Roles.Clerk) ? user.TownshipIds.ToHashSet() : null;
        var townships = await db.Townships.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Population })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new TenantOverview(tenant.Name, tenant.CurrentProfileId,
            townships.Select(t => new TownshipRow(t.Id, t.Name, t.Population, plans.TryGetValue(t.Id, out var plan) ? plan : null, mine?.Contains(t.Id) ?? true)).ToList());
    }
}
