using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// Rows looked up by a list of keys that came from the signed-in tenant's own rows (a chunk of a paid file being
/// applied), sent as one parameter. The tenant filter is left out of the SQL on purpose: with it, SQLite without
/// fresh statistics reads the tenant's every row through the tenant index and tests each against the list, so
/// each chunk costs the whole table (ADR 0056). Every row read is checked to be the tenant's instead.
/// </summary>
internal static class OwnKeys
{
    public static IQueryable<T> Unfiltered<T>(this DbSet<T> set) where T : class, ITenantOwned => set.IgnoreQueryFilters().AsNoTracking();

    /// <summary>The rows, after checking each is the signed-in tenant's (a key from elsewhere is a bug, never data to show).</summary>
    public static async Task<List<T>> OwnAsync<T>(this IQueryable<T> rows, ICurrentUser user, CancellationToken ct) where T : class, ITenantOwned
    {
        var list = await rows.ToListAsync(ct).ConfigureAwait(false);
        return list.TrueForAll(r => r.TenantId == user.TenantId)
            ? list
            : throw new ForbiddenException(Texts.Get("Tenant_Mismatch"));
    }
}
