using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Progress;

/// <summary>
/// 参保缴费进度: per township of the signed-in tenant (a clerk: their townships) for the current profile's year,
/// the plan, residents registered, live enrolments, paid enrolments (paid on or before <see cref="AsOf"/> when
/// given) and paid against plan; with a total line. Grouped counts over the township and payment-date indexes (ADR 0060).
/// </summary>
[AuthorizeRoles(Roles.ResidentReaders)]
public sealed record ProgressQuery(DateOnly? AsOf = null) : IQuery<ProgressReport>;

public sealed record ProgressReport(int Year, DateOnly? AsOf, IReadOnlyList<ProgressLine> Townships, ProgressLine Total);

public sealed record ProgressLine(Guid? TownshipId, string Township, int Plan, int Registered, int Enrolled, int Paid)
{
    /// <summary>Paid against plan, 0 when there is no plan.</summary>
    public double Rate => Plan == 0 ? 0 : (double)Paid / Plan;
}

public sealed class ProgressQueryHandler(IAppDbContext db, IPolicyGateway policy, ICurrentUser user) : IRequestHandler<ProgressQuery, ProgressReport>
{
    public async Task<ProgressReport> Handle(ProgressQuery request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken).ConfigureAwait(false);
        var year = profile.Year;
        var townships = (await db.Townships.AsNoTracking()
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false)).Where(t => user.CanSee(t.Id)).ToList();
        // The tenant's own townships (read through the tenant filter), so the counts below filter by township
        // alone: with the tenant filter too, SQLite may take the tenant index and read every row (ADR 0056, 0060).
        var ids = townships.Select(t => t.Id).ToList();
        var plans = await Plans.ForYearAsync(db, year, cancellationToken).ConfigureAwait(false);

        var enrolments = await db.Enrollments.IgnoreQueryFilters()
            .Where(e => ids.Contains(e.TownshipId) && e.Year == year && e.Status != EnrollmentStatus.Ended)
            .GroupBy(e => new { e.TownshipId, e.Status })
            .Select(g => new { g.Key.TownshipId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var registered = await db.Residents.IgnoreQueryFilters()
            .Where(r => ids.Contains(r.TownshipId) && r.Departure == null)
            .GroupBy(r => r.TownshipId)
            .Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TownshipId, g => g.Count, cancellationToken).ConfigureAwait(false);
        var paidNow = enrolments.Where(e => e.Status == EnrollmentStatus.Paid).ToDictionary(e => e.TownshipId, e => e.Count);
        var paid = request.AsOf is { } asOf ? await PaidOnOrBeforeAsync(ids, year, asOf, paidNow, cancellationToken).ConfigureAwait(false) : paidNow;

        var lines = townships.Select(t => new ProgressLine(
            t.Id, t.Name, plans.GetValueOrDefault(t.Id), registered.GetValueOrDefault(t.Id),
            enrolments.Where(e => e.TownshipId == t.Id).Sum(e => e.Count), paid.GetValueOrDefault(t.Id))).ToList();
        var total = new ProgressLine(null, ProgressTexts.Get("Total"), lines.Sum(l => l.Plan), lines.Sum(l => l.Registered),
            lines.Sum(l => l.Enrolled), lines.Sum(l => l.Paid));
        return new ProgressReport(year, request.AsOf, lines, total);
    }

    /// <summary>
    /// Enrolments of the year still paid whose payment in force was made on or before the day (China calendar). A paid
    /// enrolment has exactly one payment in force, so this is the paid count less those paid after the day: the
    /// payments of the smaller side of the day (sized on the (TenantId, PaidOn) index alone) are the ones joined.
    /// </summary>
    private async Task<Dictionary<Guid, int>> PaidOnOrBeforeAsync(List<Guid> ids, int year, DateOnly asOf, Dictionary<Guid, int> paidNow, CancellationToken ct)
    {
        var after = await db.Payments.CountAsync(p => p.PaidOn > asOf, ct).ConfigureAwait(false);
        var before = await db.Payments.CountAsync(p => p.PaidOn <= asOf, ct).ConfigureAwait(false);
        if (before <= after)
        {
            return await PaidByTownshipAsync(TenantPayments().Where(p => p.PaidOn <= asOf), ids, year, ct).ConfigureAwait(false);
        }

        var late = await PaidByTownshipAsync(TenantPayments().Where(p => p.PaidOn > asOf), ids, year, ct).ConfigureAwait(false);
        return paidNow.ToDictionary(t => t.Key, t => t.Value - late.GetValueOrDefault(t.Key));
    }

    /// <summary>
    /// The tenant's payments with the tenant named in the SQL: the join below ignores the query filters (for the
    /// enrolments), which in EF drops them for the whole query, and the (TenantId, PaidOn) index needs the tenant.
    /// </summary>
    private IQueryable<Payment> TenantPayments()
    {
        var tenant = user.TenantId;
        return db.Payments.IgnoreQueryFilters().Where(p => p.TenantId == tenant);
    }

    private async Task<Dictionary<Guid, int>> PaidByTownshipAsync(IQueryable<Payment> payments, List<Guid> ids, int year, CancellationToken ct) =>
        await payments.Where(p => p.Status == PaymentStatus.InForce)
            .Join(db.Enrollments.IgnoreQueryFilters().Where(e => ids.Contains(e.TownshipId) && e.Year == year && e.Status == EnrollmentStatus.Paid),
                p => p.EnrollmentId, e => e.Id, (p, e) => e.TownshipId)
            .GroupBy(t => t)
            .Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TownshipId, g => g.Count, ct).ConfigureAwait(false);
}
