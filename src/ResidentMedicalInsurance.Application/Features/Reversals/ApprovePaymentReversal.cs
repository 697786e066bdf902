using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// 冲正审核（批准） by county staff, in one transaction: the request is approved, the payment is marked reversed (kept,
/// never deleted) and the enrolment is 待缴费 again (<see cref="Domain.Enrollments.Enrollment.ReversePayment"/>). A
/// tax-file payment is reversed the same way and nothing else changes. The reversal counts in the reconciliation period
/// of its approval date, so it is refused while that period is signed off (ADR 0059).
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record ApprovePaymentReversal(Guid ReversalId, string? Note = null) : ICommand<PaymentReversalDecided>, IPaymentReversalDecision;

public sealed class ApprovePaymentReversalValidator() : PaymentReversalDecisionValidator<ApprovePaymentReversal>(noteRequired: false);

public sealed class ApprovePaymentReversalHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<ApprovePaymentReversal, PaymentReversalDecided>
{
    public async Task<PaymentReversalDecided> Handle(ApprovePaymentReversal request, CancellationToken cancellationToken)
    {
        var reversal = await PaymentReversalDecisions.LoadAsync(db, user, request.ReversalId, cancellationToken);
        var payment = await db.Payments.FirstAsync(p => p.Id == reversal.PaymentId, cancellationToken);
        var enrollment = await db.Enrollments.FirstAsync(e => e.Id == reversal.EnrollmentId, cancellationToken);
        if (reversal.Status == ReversalStatus.Pending)
        {
            // Checked again: a refund, a departure or another reversal may have come since the request.
            await ReversalRules.EnsureReversibleAsync(db, payment, enrollment, reversal.Id, cancellationToken);
            var periods = await ClosedPeriods.LoadAsync(db, policy, enrollment.ProfileId, cancellationToken);
            if (periods.IsClosed(clock.Today))
            {
                throw new AppException(ReversalTexts.Format("Refused_PeriodClosed", Display.Date(clock.Today), periods.PeriodOf(clock.Today)!.Name));
            }
        }

        reversal.Approve(user.UserName ?? "", clock.Now, request.Note);
        payment.Reverse(reversal.Id, clock.Now);
        enrollment.ReversePayment(payment);
        await SaveGuard.SaveAsync(db, ReversalTexts.Get("Decision_LostRace"), cancellationToken);

        var name = await db.Residents.AsNoTracking().Where(r => r.Id == reversal.ResidentId).Select(r => r.Name).FirstAsync(cancellationToken);
        return PaymentReversalDecisions.Result(reversal, enrollment.Status,
            ReversalTexts.Format("Decision_Approved", payment.Voucher, Display.Yuan(payment.AmountFen), name));
    }
}
