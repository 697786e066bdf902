using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>差异清单: what the period's persons and money do not agree on (issue 11), each a work list.</summary>
public enum DifferenceKind
{
    /// <summary>税务已缴、未参保登记: a paid record of an applied file whose payer has no enrolment (not yet confirmed by a clerk) or is not registered here.</summary>
    PaidNotEnrolled = 1,

    /// <summary>已登记、未缴费: the year's enrolments still 待缴费 (as of today).</summary>
    EnrolledNotPaid = 2,

    /// <summary>金额不符: a paid record whose amount is not what the policy asks for its date.</summary>
    AmountDifference = 3,

    /// <summary>重复缴费: a paid record of a person already paid through another channel (sent to the refund queue).</summary>
    Duplicate = 4,

    /// <summary>资助对象已取消: a payment of the period subsidised under a certification that is no longer live.</summary>
    NoLongerCertified = 5,
}

/// <summary>One kind of the differences list of a period, paged on the server.</summary>
[AuthorizeRoles(Roles.Oversight)]
public sealed record ListStatementDifferences(DateOnly PeriodStart, DifferenceKind Kind, int Skip = 0, int Take = 50) : IQuery<DifferencePage>;

public sealed record DifferencePage(IReadOnlyList<DifferenceRow> Rows, int Total);

public sealed record DifferenceRow(Guid? HouseholdId, string Name, string MaskedIdNumber, string Township, string Detail, string DateText, string Voucher);

public sealed class ListStatementDifferencesHandler(IAppDbContext db, IPolicyGateway policy, IClock clock, IUserNames names)
    : IRequestHandler<ListStatementDifferences, DifferencePage>
{
    public async Task<DifferencePage> Handle(ListStatementDifferences request, CancellationToken cancellationToken)
    {
        var calendar = await PeriodCalendar.LoadAsync(db, policy, clock, names, cancellationToken);
        var (period, _) = calendar.Find(request.PeriodStart);
        var year = calendar.Profile.Year;
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var take = Math.Clamp(request.Take, 1, 200);
        switch (request.Kind)
        {
            case DifferenceKind.EnrolledNotPaid:
            {
                var unpaid = StatementDifferences.Unpaid(db, year);
                var page = await unpaid.OrderBy(e => e.TownshipId).ThenBy(e => e.HouseholdId).ThenBy(e => e.Id).Skip(request.Skip).Take(take)
                    .Join(db.Residents, e => e.ResidentId, r => r.Id, (e, r) => new { e, r.Name, r.IdNumber }).ToListAsync(cancellationToken);
                var rows = page.Select(x => new DifferenceRow(x.e.HouseholdId, x.Name, Display.MaskId(x.IdNumber), townships.GetValueOrDefault(x.e.TownshipId, ""),
                    ReconciliationTexts.Format("Difference_Unpaid", Display.Yuan(x.e.AmountDueFen)), Display.Time(x.e.EnrolledAt), "")).ToList();
                return new DifferencePage(rows, await unpaid.CountAsync(cancellationToken));
            }

            case DifferenceKind.NoLongerCertified:
            {
                var payments = StatementDifferences.NoLongerCertified(db, year, period);
                var page = await payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id).Skip(request.Skip).Take(take)
                    .Join(db.Residents, p => p.ResidentId, r => r.Id, (p, r) => new { p, r.Name, r.IdNumber }).ToListAsync(cancellationToken);
                var categories = policy.Categories(calendar.Profile.Id).ToDictionary(c => c.Code, c => c.Name);
                var rows = page.Select(x => new DifferenceRow(x.p.HouseholdId, x.Name, Display.MaskId(x.IdNumber), townships.GetValueOrDefault(x.p.TownshipId, ""),
                    ReconciliationTexts.Format("Difference_Certification", categories.GetValueOrDefault(x.p.SubsidyCode ?? "", x.p.SubsidyCode ?? ""), Display.Yuan(x.p.SubsidyFen)),
                    Display.Time(x.p.PaidAt), x.p.Voucher)).ToList();
                return new DifferencePage(rows, await payments.CountAsync(cancellationToken));
            }

            default:
            {
                var records = await StatementDifferences.RecordsAsync(db, request.Kind, period, cancellationToken);
                var residentIds = records.Where(r => r.ResidentId != null).Select(r => r.ResidentId!.Value).Distinct().ToList();
                var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id))
                    .Select(r => new { r.Id, r.TownshipId, r.HouseholdId }).ToDictionaryAsync(r => r.Id, cancellationToken);
                var rows = records.Skip(request.Skip).Take(take).Select(r =>
                {
                    var resident = r.ResidentId is { } id ? residents.GetValueOrDefault(id) : null;
                    var masked = r.IdNumber is { } number ? Display.MaskId(number) : ReconciliationTexts.Get("Difference_NoId");
                    return new DifferenceRow(resident?.HouseholdId, r.Name, masked, resident is null ? "" : townships.GetValueOrDefault(resident.TownshipId, ""),
                        r.Reason, r.PaidAt is { } at ? Display.Time(at) : r.PaidAtText, r.Voucher);
                }).ToList();
                return new DifferencePage(rows, records.Count);
            }
        }
    }
}

internal static class StatementDifferences
{
    public static IQueryable<Enrollment> Unpaid(IAppDbContext db, int year) =>
        db.Enrollments.AsNoTracking().Where(e => e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment);

    public static IQueryable<Payment> NoLongerCertified(IAppDbContext db, int year, ReconciliationPeriod period) =>
        StatementCalculator.PaymentsOf(db, year, period)
            .Where(p => p.Status == PaymentStatus.InForce && p.SubsidyFen > 0 && p.SubsidyCode != null)
            .Where(p => !db.SubsidyCertifications.Any(c => c.ResidentId == p.ResidentId && c.Code == p.SubsidyCode && c.Year == year && c.EndedAt == null));

    /// <summary>The kinds the paid records of applied files make.</summary>
    private static readonly DifferenceKind[] FromRecords = [DifferenceKind.PaidNotEnrolled, DifferenceKind.AmountDifference, DifferenceKind.Duplicate];

    private static PaidOutcome[] OutcomesOf(DifferenceKind kind) => kind switch
    {
        DifferenceKind.PaidNotEnrolled => [PaidOutcome.NotEnrolled, PaidOutcome.UnknownPerson],
        DifferenceKind.AmountDifference => [PaidOutcome.AmountMismatch],
        DifferenceKind.Duplicate => [PaidOutcome.DuplicatePayment],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The difference a paid record of an applied file stands for, or null (a paid-not-enrolled row a clerk has confirmed is settled).</summary>
    private static DifferenceKind? KindOf(PaidRecord r) => r.Outcome switch
    {
        PaidOutcome.NotEnrolled when r.PaymentId == null => DifferenceKind.PaidNotEnrolled,
        PaidOutcome.UnknownPerson => DifferenceKind.PaidNotEnrolled,
        PaidOutcome.AmountMismatch => DifferenceKind.AmountDifference,
        PaidOutcome.DuplicatePayment => DifferenceKind.Duplicate,
        _ => null,
    };

    /// <summary>Paid records of applied files with the kind's outcome and a paid date inside the period, in paid order.</summary>
    public static async Task<List<PaidRecord>> RecordsAsync(IAppDbContext db, DifferenceKind kind, ReconciliationPeriod period, CancellationToken ct) =>
        (await ExceptionsAsync(db, OutcomesOf(kind), period, ct).ConfigureAwait(false)).Where(r => KindOf(r) == kind).ToList();

    private static async Task<List<PaidRecord>> ExceptionsAsync(IAppDbContext db, PaidOutcome[] outcomes, ReconciliationPeriod period, CancellationToken ct)
    {
        var records = await db.PaidRecords.AsNoTracking()
            .Where(r => outcomes.Contains(r.Outcome) && db.PaidFiles.Any(f => f.Id == r.FileId && f.Status == PaidFileStatus.Applied))
            .ToListAsync(ct).ConfigureAwait(false);

        // A file's exceptions are a small share of it; SQLite cannot compare DateTimeOffset in SQL.
        return records.Where(r => r.PaidAt is { } at && period.Contains(Display.ChinaDate(at)))
            .OrderBy(r => r.PaidAt!.Value.UtcTicks).ThenBy(r => r.RowNumber).ToList();
    }

    public static async Task<IReadOnlyDictionary<DifferenceKind, int>> CountAsync(IAppDbContext db, int year, ReconciliationPeriod period, CancellationToken ct)
    {
        // The paid-record kinds from one read of the period's exceptions.
        var exceptions = await ExceptionsAsync(db, [.. FromRecords.SelectMany(OutcomesOf)], period, ct).ConfigureAwait(false);
        var counts = FromRecords.ToDictionary(k => k, k => exceptions.Count(r => KindOf(r) == k));
        counts[DifferenceKind.EnrolledNotPaid] = await Unpaid(db, year).CountAsync(ct).ConfigureAwait(false);
        counts[DifferenceKind.NoLongerCertified] = await NoLongerCertified(db, year, period).CountAsync(ct).ConfigureAwait(false);
        return Enum.GetValues<DifferenceKind>().ToDictionary(k => k, k => counts[k]);
    }
}
