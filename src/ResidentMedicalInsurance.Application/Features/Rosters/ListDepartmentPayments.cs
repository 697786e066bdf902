using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>The department payment list on screen: one page of persons (ID numbers masked), totals per funding source, the departments that have persons.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ListDepartmentPayments(string? Department = null, int Skip = 0, int Take = 50) : IQuery<DepartmentPaymentList>;

public sealed record DepartmentPaymentList(
    IReadOnlyList<DepartmentPaymentItem> Items, int Total, long AmountFen, string AmountText,
    IReadOnlyList<FundingTotal> Funding, IReadOnlyList<string> Departments, IReadOnlyList<DepartmentBatchSummary> Batches);

public sealed record DepartmentPaymentItem(
    Guid HouseholdId, string Name, string MaskedIdNumber, string Township, string Village, string Category, string Department, string AmountText, string FundedBy);

/// <summary>Persons and money of one funding source (资金来源).</summary>
public sealed record FundingTotal(string FundedBy, int Persons, long AmountFen, string AmountText);

public sealed record DepartmentBatchSummary(string Number, string Department, string PaidAtText, int Persons, string AmountText, string RecordedBy);

public sealed class ListDepartmentPaymentsHandler(IAppDbContext db, IClock clock, IPolicyGateway policy, IUserNames names)
    : IRequestHandler<ListDepartmentPayments, DepartmentPaymentList>
{
    public async Task<DepartmentPaymentList> Handle(ListDepartmentPayments request, CancellationToken cancellationToken)
    {
        var (_, _, profile) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var all = await DepartmentPayments.ForAsync(db, policy, profile, null, clock.Today, false, cancellationToken);
        var due = all.Where(d => request.Department is null || d.Certification.Department == request.Department).ToList();
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var villages = await db.Households.AsNoTracking().Where(h => due.Select(d => d.Enrollment.HouseholdId).Contains(h.Id))
            .ToDictionaryAsync(h => h.Id, h => h.Village, cancellationToken);
        var items = due.Skip(request.Skip).Take(request.Take).Select(d => new DepartmentPaymentItem(
            d.Enrollment.HouseholdId, d.Resident.Name, Display.MaskId(d.Resident.IdNumber), townships[d.Resident.TownshipId],
            villages.GetValueOrDefault(d.Enrollment.HouseholdId, ""), d.Category.Name, d.Certification.Department,
            Display.Yuan(d.Quote.SubsidyFen), d.Category.FundedBy)).ToList();
        var funding = due.GroupBy(d => d.Category.FundedBy)
            .Select(g => new FundingTotal(g.Key, g.Count(), g.Sum(d => d.Quote.SubsidyFen!.Value), Display.Yuan(g.Sum(d => d.Quote.SubsidyFen!.Value))))
            .ToList();
        var batches = (await db.DepartmentPaymentBatches.AsNoTracking().Where(b => b.Year == profile.Year).ToListAsync(cancellationToken))
            .OrderByDescending(b => b.RecordedAt).ToList();
        var people = await names.DisplayNamesAsync(batches.Select(b => b.RecordedBy), cancellationToken);
        var total = due.Sum(d => d.Quote.SubsidyFen!.Value);
        return new DepartmentPaymentList(items, due.Count, total, Display.Yuan(total), funding,
            all.Select(d => d.Certification.Department).Distinct().Order(StringComparer.Ordinal).ToList(),
            batches.Select(b => new DepartmentBatchSummary(b.Number, b.Department, Display.Time(b.PaidAt), b.Persons, Display.Yuan(b.AmountFen), people[b.RecordedBy])).ToList());
    }
}
