namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>Enrolled and paid of one township and subsidy category ("" for none).</summary>
public sealed record CategoryCount(Guid TownshipId, string Category, int Enrolled, int Paid);

/// <summary>Registered residents by township, and enrolled and paid by township and category.</summary>
public sealed record TownshipCounts(IReadOnlyDictionary<Guid, int> Registered, IReadOnlyList<CategoryCount> Categories);

/// <summary>
/// Sums of the maintained counters (ADR 0061) for townships the caller has already checked are the tenant's (and
/// visible to the user). Paid as of a day is the sum of the per-day counters up to it.
/// </summary>
public static class ProgressCounts
{
    public static async Task<TownshipCounts> ByTownshipAsync(IAppDbContext db, List<Guid> townships, int year, DateOnly? asOf, CancellationToken ct)
    {
        var sums = await db.VillageTallies.AsNoTracking()
            .Where(t => townships.Contains(t.TownshipId) && (t.Year == year || t.Year == 0))
            .GroupBy(t => new { t.TownshipId, t.Year, t.Category })
            .Select(g => new { g.Key.TownshipId, g.Key.Year, g.Key.Category, Registered = g.Sum(t => t.Registered), Enrolled = g.Sum(t => t.Enrolled), Paid = g.Sum(t => t.Paid) })
            .ToListAsync(ct).ConfigureAwait(false);
        var registered = sums.Where(s => s.Year == 0).GroupBy(s => s.TownshipId).ToDictionary(g => g.Key, g => g.Sum(s => s.Registered));
        var categories = sums.Where(s => s.Year == year).Select(s => new CategoryCount(s.TownshipId, s.Category, s.Enrolled, s.Paid)).ToList();
        if (asOf is { } day)
        {
            var paid = await db.PaidDayTallies.AsNoTracking()
                .Where(t => townships.Contains(t.TownshipId) && t.Year == year && t.Day <= day)
                .GroupBy(t => new { t.TownshipId, t.Category })
                .Select(g => new { g.Key.TownshipId, g.Key.Category, Paid = g.Sum(t => t.Paid) })
                .ToDictionaryAsync(p => (p.TownshipId, p.Category), p => p.Paid, ct).ConfigureAwait(false);
            categories = categories.Select(c => c with { Paid = paid.GetValueOrDefault((c.TownshipId, c.Category)) }).ToList();
        }

        return new TownshipCounts(registered, categories);
    }
}
