using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Worklists;

/// <summary>One person of a worklist as read from the database (the full ID number never leaves the Application).</summary>
internal sealed record WorklistRow(
    Guid HouseholdId, string HouseholdNumber, Guid TownshipId, string Village, Guid ResidentId, string Name, string IdNumber,
    long? AmountFen, bool Renewed, string? Code, DateTimeOffset? PaidAt, string? Channel, string? Voucher);

/// <summary>
/// What each worklist holds, as queries on the indexes (ADR 0063): enrolments on (TownshipId, Year, Status), residents on
/// (TownshipId, Departure), payments on (TenantId, PaidOn), a village on households' (TownshipId, Village). Every set
/// ignores the query filters (one IgnoreQueryFilters drops them for the whole query) and filters by the scope's
/// townships, which were read through the tenant filter; where an index starts with the tenant, the tenant is named.
/// </summary>
internal static class WorklistRows
{
    /// <summary>
    /// The list's rows in list order: by village, household number and member (head first, then by birth), as a clerk
    /// walks a village; today's payments too (SQLite cannot sort by a time with an offset, and the note shows the time).
    /// </summary>
    public static IQueryable<WorklistRow> Ordered(IAppDbContext db, WorklistScope scope, WorklistKind kind) => kind switch
    {
        WorklistKind.AwaitingPayment or WorklistKind.RenewedUnpaid => Unpaid(db, scope, kind),
        WorklistKind.CertifiedNotEnrolled => CertifiedNotEnrolled(db, scope),
        _ => TodaysPayments(db, scope),
    };

    /// <summary>The list's length, and for today's payments their amount (fen).</summary>
    public static async Task<(int Total, long AmountFen)> CountAsync(IAppDbContext db, WorklistScope scope, WorklistKind kind, CancellationToken ct)
    {
        switch (kind)
        {
            case WorklistKind.AwaitingPayment or WorklistKind.RenewedUnpaid:
                return (await UnpaidEnrolments(db, scope, kind).CountAsync(ct).ConfigureAwait(false), 0);
            case WorklistKind.CertifiedNotEnrolled:
                return (await CertifiedResidents(db, scope).CountAsync(ct).ConfigureAwait(false), 0);
            default:
                var payments = Payments(db, scope);
                var count = await payments.CountAsync(ct).ConfigureAwait(false);
                return (count, count == 0 ? 0 : await payments.SumAsync(p => p.AmountFen, ct).ConfigureAwait(false));
        }
    }

    /// <summary>The row as a page or a download shows it: the ID number masked, the amount and note in the user's language.</summary>
    public static WorklistItem Item(WorklistRow row, WorklistScope scope, WorklistKind kind) => new(
        row.HouseholdId, row.HouseholdNumber, scope.TownshipNames.GetValueOrDefault(row.TownshipId, ""), row.Village, row.ResidentId, row.Name,
        Display.MaskId(row.IdNumber), row.AmountFen, kind == WorklistKind.CertifiedNotEnrolled ? "" : Display.Yuan(row.AmountFen), Note(row, scope, kind));

    private static string Note(WorklistRow row, WorklistScope scope, WorklistKind kind) => kind switch
    {
        WorklistKind.AwaitingPayment => row.Renewed ? WorklistTexts.Get("Note_Renewed") : "",
        WorklistKind.RenewedUnpaid => WorklistTexts.Get("Note_Renewed"),
        WorklistKind.CertifiedNotEnrolled => row.Code is { } code ? scope.Profile.Categories.FirstOrDefault(c => c.Code == code)?.Label ?? code : "",
        _ => WorklistTexts.Format("Note_Payment", Display.Time(row.PaidAt), PaymentChannels.Named(scope.TenantCode, row.Channel ?? "")?.Name ?? row.Channel, row.Voucher),
    };

    /// <summary>待缴费 (and 续保未缴: renewed only) of the year in the townships, in the village when one is given.</summary>
    private static IQueryable<Enrollment> UnpaidEnrolments(IAppDbContext db, WorklistScope scope, WorklistKind kind)
    {
        var (ids, year) = (scope.TownshipIds, scope.Year);
        var query = db.Enrollments.IgnoreQueryFilters()
            .Where(e => ids.Contains(e.TownshipId) && e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment);
        if (kind == WorklistKind.RenewedUnpaid)
        {
            query = query.Where(e => e.Renewed);
        }

        if (VillageHouseholds(db, scope) is { } households)
        {
            query = query.Where(e => households.Contains(e.HouseholdId));
        }

        return query;
    }

    private static IQueryable<WorklistRow> Unpaid(IAppDbContext db, WorklistScope scope, WorklistKind kind) =>
        from e in UnpaidEnrolments(db, scope, kind)
        join r in db.Residents.IgnoreQueryFilters() on e.ResidentId equals r.Id
        join h in db.Households.IgnoreQueryFilters() on e.HouseholdId equals h.Id
        orderby h.Village, h.Number, r.Relationship, r.BirthDate, r.IdNumber
        select new WorklistRow(h.Id, h.Number, h.TownshipId, h.Village, r.Id, r.Name, r.IdNumber, e.AmountDueFen, e.Renewed, null, null, null, null);

    /// <summary>
    /// Residents on the roll in the townships with a live certification of the year and no live enrolment of the year. The
    /// enrolment's look-up names the tenant: its index is (TenantId, ResidentId, Year), live rows only.
    /// </summary>
    private static IQueryable<Resident> CertifiedResidents(IAppDbContext db, WorklistScope scope)
    {
        var (ids, year, tenant) = (scope.TownshipIds, scope.Year, scope.TenantId);
        var query = db.Residents.IgnoreQueryFilters()
            .Where(r => ids.Contains(r.TownshipId) && r.Departure == null)
            .Where(r => db.SubsidyCertifications.IgnoreQueryFilters().Any(c => c.ResidentId == r.Id && c.Year == year && c.EndedAt == null))
            .Where(r => !db.Enrollments.IgnoreQueryFilters().Any(e => e.TenantId == tenant && e.ResidentId == r.Id && e.Year == year && e.Status != EnrollmentStatus.Ended));
        if (VillageHouseholds(db, scope) is { } households)
        {
            query = query.Where(r => households.Contains(r.HouseholdId));
        }

        return query;
    }

    private static IQueryable<WorklistRow> CertifiedNotEnrolled(IAppDbContext db, WorklistScope scope)
    {
        var year = scope.Year;
        return
            from r in CertifiedResidents(db, scope)
            join h in db.Households.IgnoreQueryFilters() on r.HouseholdId equals h.Id
            orderby h.Village, h.Number, r.Relationship, r.BirthDate, r.IdNumber
            select new WorklistRow(h.Id, h.Number, h.TownshipId, h.Village, r.Id, r.Name, r.IdNumber, null, false,
                db.SubsidyCertifications.IgnoreQueryFilters().Where(c => c.ResidentId == r.Id && c.Year == year && c.EndedAt == null)
                    .OrderBy(c => c.Code).Select(c => c.Code).FirstOrDefault(),
                null, null, null);
    }

    /// <summary>Payments in force made today in the townships: the tenant is named for the (TenantId, PaidOn) index.</summary>
    private static IQueryable<Payment> Payments(IAppDbContext db, WorklistScope scope)
    {
        var (ids, today, tenant) = (scope.TownshipIds, scope.Today, scope.TenantId);
        var query = db.Payments.IgnoreQueryFilters()
            .Where(p => p.TenantId == tenant && p.PaidOn == today && p.Status == PaymentStatus.InForce && ids.Contains(p.TownshipId));
        if (VillageHouseholds(db, scope) is { } households)
        {
            query = query.Where(p => households.Contains(p.HouseholdId));
        }

        return query;
    }

    private static IQueryable<WorklistRow> TodaysPayments(IAppDbContext db, WorklistScope scope) =>
        from p in Payments(db, scope)
        join r in db.Residents.IgnoreQueryFilters() on p.ResidentId equals r.Id
        join h in db.Households.IgnoreQueryFilters() on p.HouseholdId equals h.Id
        orderby h.Village, h.Number, r.Relationship, r.BirthDate, r.IdNumber
        select new WorklistRow(h.Id, h.Number, h.TownshipId, h.Village, r.Id, r.Name, r.IdNumber, p.AmountFen, false, null, p.PaidAt, p.Channel, p.Voucher);

    /// <summary>The households of the scope's village in its townships (the (TownshipId, Village) index), or null for every village.</summary>
    private static IQueryable<Guid>? VillageHouseholds(IAppDbContext db, WorklistScope scope)
    {
        if (scope.Village is not { } village)
        {
            return null;
        }

        var ids = scope.TownshipIds;
        return db.Households.IgnoreQueryFilters().Where(h => ids.Contains(h.TownshipId) && h.Village == village).Select(h => h.Id);
    }
}
