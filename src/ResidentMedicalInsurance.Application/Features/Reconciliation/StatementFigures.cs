using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Reconciliation;

/// <summary>Where the money of a statement line came in (the three columns: counter, tax file, department batch).</summary>
public enum CollectionGroup
{
    Counter = 1,
    TaxFile = 2,
    Department = 3,
}

/// <summary>Persons and money of one channel in the period.</summary>
public sealed record ChannelFigure(CollectionGroup Group, string Channel, string Name, int Persons, long AmountFen);

/// <summary>Persons and money of a line without a channel (refunds, reversals, carried in, a subsidy source).</summary>
public sealed record CountFigure(string Name, int Persons, long AmountFen);

/// <summary>
/// 对账单 figures of one period: what was collected by channel, the subsidies by funding source, what went back,
/// and the sizes of the differences list. Stored as JSON when the period is signed off, so it reads the same later.
/// </summary>
public sealed record StatementFigures(
    IReadOnlyList<ChannelFigure> Channels, IReadOnlyList<CountFigure> Subsidies, CountFigure CarriedIn,
    CountFigure Refunds, CountFigure Reversals, IReadOnlyDictionary<DifferenceKind, int> Differences)
{
    public int Persons => Channels.Sum(c => c.Persons);
    public long AmountFen => Channels.Sum(c => c.AmountFen);

    /// <summary>实收净额: collected, less approved refunds and reversals of the period.</summary>
    public long NetFen => AmountFen - Refunds.AmountFen - Reversals.AmountFen;

    public (int Persons, long AmountFen) Group(CollectionGroup group) =>
        (Channels.Where(c => c.Group == group).Sum(c => c.Persons), Channels.Where(c => c.Group == group).Sum(c => c.AmountFen));
}

/// <summary>Computes a period's figures from the payments, refunds, reversals and paid records of the profile's year.</summary>
internal static class StatementCalculator
{
    public static CollectionGroup GroupOf(string channel) => channel switch
    {
        PaymentChannels.TaxFileCode => CollectionGroup.TaxFile,
        PaymentChannels.DepartmentCode => CollectionGroup.Department,
        _ => CollectionGroup.Counter,
    };

    /// <summary>Payments that count in the period: paid inside it and not carried elsewhere, or carried into it.</summary>
    public static IQueryable<Payment> PaymentsOf(IAppDbContext db, int year, ReconciliationPeriod period) =>
        db.Payments.AsNoTracking()
            .Where(p => (p.CarriedToPeriod == null && p.PaidOn >= period.Start && p.PaidOn <= period.End) || p.CarriedToPeriod == period.Start)
            .Where(p => db.Enrollments.Any(e => e.Id == p.EnrollmentId && e.Year == year));

    public static async Task<StatementFigures> ComputeAsync(
        IAppDbContext db, IPolicyGateway policy, string tenantCode, PolicyProfileView profile, ReconciliationPeriod period, CancellationToken ct)
    {
        var payments = PaymentsOf(db, profile.Year, period);
        var byChannel = await payments.GroupBy(p => p.Channel)
            .Select(g => new { Channel = g.Key, Persons = g.Count(), Amount = g.Sum(p => p.AmountFen) }).ToListAsync(ct);
        var channels = byChannel
            .Select(c => new ChannelFigure(GroupOf(c.Channel), c.Channel, PaymentChannels.Named(tenantCode, c.Channel)?.Name ?? c.Channel, c.Persons, c.Amount))
            .OrderBy(c => c.Group).ThenBy(c => c.Channel, StringComparer.Ordinal).ToList();

        var categories = policy.Categories(profile.Id).ToDictionary(c => c.Code);
        var bySubsidy = await payments.Where(p => p.SubsidyFen > 0 && p.SubsidyCode != null).GroupBy(p => p.SubsidyCode!)
            .Select(g => new { Code = g.Key, Persons = g.Count(), Amount = g.Sum(p => p.SubsidyFen) }).ToListAsync(ct);
        var subsidies = bySubsidy.GroupBy(s => categories.TryGetValue(s.Code, out var c) ? c.FundedBy : ReconciliationTexts.Get("Funding_Unknown"))
            .Select(g => new CountFigure(g.Key, g.Sum(s => s.Persons), g.Sum(s => s.Amount))).OrderByDescending(s => s.AmountFen).ToList();

        var carried = await payments.Where(p => p.CarriedToPeriod == period.Start).GroupBy(_ => 1)
            .Select(g => new { Persons = g.Count(), Amount = g.Sum(p => p.AmountFen) }).FirstOrDefaultAsync(ct);

        var refunds = await db.Refunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Approved && db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.Year == profile.Year))
            .Select(r => new Decided(r.DecidedAt, r.AmountFen)).ToListAsync(ct);
        var reversals = await db.PaymentReversals.AsNoTracking()
            .Where(r => r.Status == ReversalStatus.Approved && db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.Year == profile.Year))
            .Select(r => new Decided(r.DecidedAt, r.AmountFen)).ToListAsync(ct);

        return new StatementFigures(
            channels, subsidies,
            new CountFigure(ReconciliationTexts.Get("Line_CarriedIn"), carried?.Persons ?? 0, carried?.Amount ?? 0),
            InPeriod(ReconciliationTexts.Get("Line_Refunds"), refunds, period),
            InPeriod(ReconciliationTexts.Get("Line_Reversals"), reversals, period),
            await StatementDifferences.CountAsync(db, profile.Year, period, ct));
    }

    /// <summary>An approved refund or reversal: its decision time and amount.</summary>
    private sealed record Decided(DateTimeOffset? At, long AmountFen);

    /// <summary>
    /// The decisions made inside the period. Decisions are few (tens to thousands a year) and SQLite cannot compare
    /// DateTimeOffset in SQL, so the period is applied here.
    /// </summary>
    private static CountFigure InPeriod(string name, IEnumerable<Decided> decided, ReconciliationPeriod period)
    {
        var inside = decided.Where(d => d.At is { } at && period.Contains(Display.ChinaDate(at))).ToList();
        return new CountFigure(name, inside.Count, inside.Sum(d => d.AmountFen));
    }
}
