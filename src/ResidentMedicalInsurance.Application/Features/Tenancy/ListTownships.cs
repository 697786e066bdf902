namespace ResidentMedicalInsurance.Application.Features.Tenancy;

/// <summary>The signed-in user's county with its townships; a clerk's own townships are marked.</summary>
[AuthorizeRoles(Roles.Everyone)]
public sealed record ListTownships : IQuery<TenantOverview>;

public sealed record TenantOverview(string TenantName, string CurrentProfileId, IReadOnlyList<TownshipRow> Townships);

public sealed record TownshipRow(Guid Id, string Name, int? Population, int? QuotaPlan, bool IsMine);

public sealed class ListTownshipsHandler(IAppDbContext db, ICurrentUser user) : IRequestHandler<ListTownships, TenantOverview>
{
    public async Task<TenantOverview> Handle(ListTownships request, CancellationToken cancellationToken)
    {
        // Both sets are tenant-filtered by the DbContext: only the signed-in user's county is visible.
        var tenant = await db.Tenants.AsNoTracking().SingleAsync(cancellationToken).ConfigureAwait(false);
        var mine = user.IsInRole(Roles.Clerk) ? user.TownshipIds.ToHashSet() : null;
        var townships = await db.Townships.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name, t.Population, t.QuotaPlan })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        return new TenantOverview(tenant.Name, tenant.CurrentProfileId,
            townships.Select(t => new TownshipRow(t.Id, t.Name, t.Population, t.QuotaPlan, mine?.Contains(t.Id) ?? true)).ToList());
    }
}
