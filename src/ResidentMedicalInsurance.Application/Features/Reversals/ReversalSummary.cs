using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// An enrolment's latest reversal request as the household page shows it: 冲正待审核（凭证号 …）, 已冲正（凭证号 …，250.00 元）
/// or 冲正已驳回：reason; <paramref name="PaymentId"/> is the payment it is about (a reversed one keeps its receipt, marked 已冲正).
/// </summary>
public sealed record ReversalSummary(Guid PaymentId, ReversalStatus Status, string Text)
{
    /// <summary>The latest reversal request of each of the household's enrolments, by enrolment.</summary>
    public static async Task<IReadOnlyDictionary<Guid, ReversalSummary>> LatestAsync(IAppDbContext db, Guid householdId, CancellationToken ct)
    {
        var reversals = await (
            from v in db.PaymentReversals.AsNoTracking().Where(v => v.HouseholdId == householdId)
            join p in db.Payments on v.PaymentId equals p.Id
            select new { v.EnrollmentId, v.PaymentId, v.Status, v.AmountFen, v.DecisionNote, v.RequestedAt, p.Voucher })
            .ToListAsync(ct).ConfigureAwait(false);
        return reversals.GroupBy(v => v.EnrollmentId).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(v => v.RequestedAt)
                .Select(v => new ReversalSummary(v.PaymentId, v.Status, v.Status switch
                {
                    ReversalStatus.Pending => ReversalTexts.Format("Summary_Pending", v.Voucher),
                    ReversalStatus.Approved => ReversalTexts.Format("Summary_Approved", v.Voucher, Display.Yuan(v.AmountFen)),
                    _ => ReversalTexts.Format("Summary_Rejected", v.DecisionNote),
                })).First());
    }
}
