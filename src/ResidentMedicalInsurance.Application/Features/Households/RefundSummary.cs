using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// An enrolment's latest refund request as the household page shows it: 退费待审核（250.00 元）, 退费已批准（250.00 元）
/// or 退费已驳回：reason, so the clerk can tell the resident without asking the county.
/// </summary>
public sealed record RefundSummary(RefundStatus Status, string Text, string? DecisionNote)
{
    /// <summary>The latest refund of each of the household's enrolments, by enrolment.</summary>
    public static async Task<IReadOnlyDictionary<Guid, RefundSummary>> LatestAsync(IAppDbContext db, Guid householdId, CancellationToken ct)
    {
        var refunds = await db.Refunds.AsNoTracking().Where(r => r.HouseholdId == householdId)
            .Select(r => new { r.EnrollmentId, r.Status, r.AmountFen, r.DecisionNote, r.RequestedAt }).ToListAsync(ct);
        return refunds.GroupBy(r => r.EnrollmentId).ToDictionary(
            g => g.Key,
            g => g.OrderByDescending(r => r.RequestedAt).Select(r => new RefundSummary(r.Status, Describe(r.Status, r.AmountFen, r.DecisionNote), r.DecisionNote)).First());
    }

    private static string Describe(RefundStatus status, long amountFen, string? note) => status == RefundStatus.Rejected
        ? $"退费{Labels.Of(status)}：{note}"
        : $"退费{Labels.Of(status)}（{Display.Yuan(amountFen)}）";
}
