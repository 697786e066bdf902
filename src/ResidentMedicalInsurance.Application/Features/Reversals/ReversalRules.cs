using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// When a payment may be reversed (冲正, ADR 0059), checked when the clerk asks and again when county staff approve:
/// it is in force, its enrolment is paid and not ended, no other reversal of it waits, no refund of it is pending or
/// approved (the refund is handled first), and no subsidy was paid back on it. Each refusal says what to do.
/// </summary>
internal static class ReversalRules
{
    public static async Task EnsureReversibleAsync(
        IAppDbContext db, Payment payment, Enrollment enrollment, Guid? reversalId, CancellationToken ct)
    {
        if (payment.Status == PaymentStatus.Reversed)
        {
            throw new AppException(ReversalTexts.Format("Refused_AlreadyReversed", payment.Voucher, Display.Time(payment.ReversedAt)));
        }

        var refund = await db.Refunds.AsNoTracking()
            .Where(r => r.PaymentId == payment.Id && r.Status != RefundStatus.Rejected)
            .Select(r => new { r.Status, r.Reason, r.AmountFen }).FirstOrDefaultAsync(ct).ConfigureAwait(false);
        if (refund is not null)
        {
            var what = $"{Labels.Of(refund.Reason)} {Display.Yuan(refund.AmountFen)}";
            throw new AppException(ReversalTexts.Format(refund.Status == RefundStatus.Pending ? "Refused_RefundPending" : "Refused_RefundApproved", what));
        }

        if (enrollment.Status != EnrollmentStatus.Paid)
        {
            throw new AppException(ReversalTexts.Get(enrollment.Status == EnrollmentStatus.Ended ? "Refused_Ended" : "Refused_NotPaid"));
        }

        if (await PendingAsync(db, payment.Id, reversalId, ct).ConfigureAwait(false))
        {
            throw new AppException(ReversalTexts.Format("Refused_Pending", payment.Voucher));
        }

        if (await db.ReimbursementPayouts.AsNoTracking().FirstOrDefaultAsync(p => p.PaymentId == payment.Id, ct).ConfigureAwait(false) is { } payout)
        {
            throw new AppException(ReversalTexts.Format("Refused_SubsidyReturned", Display.Date(payout.PaidOutOn), payout.Reference));
        }
    }

    /// <summary>Refuses a refund request while a reversal of the payment waits: once approved, there is nothing to refund.</summary>
    public static async Task EnsureNonePendingForRefundAsync(IAppDbContext db, Payment payment, CancellationToken ct)
    {
        if (await PendingAsync(db, payment.Id, null, ct).ConfigureAwait(false))
        {
            throw new AppException(ReversalTexts.Format("Refund_ReversalPending", payment.Voucher));
        }
    }

    private static Task<bool> PendingAsync(IAppDbContext db, Guid paymentId, Guid? except, CancellationToken ct) =>
        db.PaymentReversals.AnyAsync(r => r.PaymentId == paymentId && r.Status == ReversalStatus.Pending && r.Id != except, ct);
}
