namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>冲正审核（驳回） by county staff, with the reason the clerk reads; the payment and the enrolment stay as they are.</summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record RejectPaymentReversal(Guid ReversalId, string? Note) : ICommand<PaymentReversalDecided>, IPaymentReversalDecision;

public sealed class RejectPaymentReversalValidator() : PaymentReversalDecisionValidator<RejectPaymentReversal>(noteRequired: true);

public sealed class RejectPaymentReversalHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<RejectPaymentReversal, PaymentReversalDecided>
{
    public async Task<PaymentReversalDecided> Handle(RejectPaymentReversal request, CancellationToken cancellationToken)
    {
        var reversal = await PaymentReversalDecisions.LoadAsync(db, user, request.ReversalId, cancellationToken);
        reversal.Reject(user.UserName ?? "", clock.Now, request.Note ?? "");
        await SaveGuard.SaveAsync(db, ReversalTexts.Get("Decision_LostRace"), cancellationToken);
        var enrollment = await db.Enrollments.AsNoTracking().Where(e => e.Id == reversal.EnrollmentId).Select(e => e.Status).FirstAsync(cancellationToken);
        return PaymentReversalDecisions.Result(reversal, enrollment, ReversalTexts.Get("Decision_Rejected"));
    }
}
