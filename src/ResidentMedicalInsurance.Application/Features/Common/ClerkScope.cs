using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>
/// Record-level scope: county staff, supervisors and admins see their whole tenant (the tenant
/// filter does that); a clerk sees only rows of the townships bound to the account.
/// </summary>
public sealed record TownshipName(Guid Id, string Name);

public static class ClerkScope
{
    public const string NotFoundMessage = "未找到该记录，或该记录不在您负责的乡镇范围内。";

    public static bool IsCountyWide(this ICurrentUser user) =>
        user.IsInRole(Roles.CountyStaff) || user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin);

    public static bool CanSee(this ICurrentUser user, Guid townshipId) =>
        user.IsCountyWide() || user.TownshipIds.Contains(townshipId);

    public static IQueryable<T> InScope<T>(this IQueryable<T> query, ICurrentUser user)
        where T : class, ITownshipScoped
    {
        if (user.IsCountyWide())
        {
            return query;
        }

        var townships = user.TownshipIds.ToList();
        return query.Where(e => townships.Contains(e.TownshipId));
    }

    /// <summary>
    /// The signed-in tenant's townships the user may see (a clerk: their own), in the notice's order, read through the
    /// tenant filter: queries may then filter by these ids alone (ADR 0060).
    /// </summary>
    public static async Task<IReadOnlyList<TownshipName>> VisibleTownshipsAsync(this IAppDbContext db, ICurrentUser user, CancellationToken ct) =>
        (await db.Townships.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new TownshipName(t.Id, t.Name))
            .ToListAsync(ct).ConfigureAwait(false)).Where(t => user.CanSee(t.Id)).ToList();

    /// <summary>Null or out of scope: the same "not found" (no existence leak).</summary>
    public static T Found<T>(this T? row)
        where T : class =>
        row ?? throw new NotFoundException(NotFoundMessage);
}
