using FluentValidation;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// 冲正申请: a clerk asks county staff to reverse a payment entered in error (wrong person, amount or voucher, entered
/// twice). Nothing changes until it is approved; the payment stays in force meanwhile (ADR 0059).
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RequestPaymentReversal(Guid PaymentId, string? Reason) : ICommand<PaymentReversalRequested>;

public sealed record PaymentReversalRequested(Guid ReversalId, Guid EnrollmentId, string Message);

public sealed class RequestPaymentReversalValidator : AbstractValidator<RequestPaymentReversal>
{
    public RequestPaymentReversalValidator()
    {
        RuleFor(x => x.PaymentId).NotEmpty().WithMessage(_ => ReversalTexts.Get("Request_PaymentMissing"));
        RuleFor(x => x.Reason).Custom((reason, ctx) =>
        {
            if (TextRules.TextProblem(reason, ReversalTexts.Get("Field_Reason"), PaymentReversal.ReasonMaxLength) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

public sealed class RequestPaymentReversalHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IRequestHandler<RequestPaymentReversal, PaymentReversalRequested>
{
    public async Task<PaymentReversalRequested> Handle(RequestPaymentReversal request, CancellationToken cancellationToken)
    {
        var payment = (await db.Payments.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(p => p.Id == request.PaymentId, cancellationToken)).Found();
        var enrollment = await db.Enrollments.AsNoTracking().FirstAsync(e => e.Id == payment.EnrollmentId, cancellationToken);
        await ReversalRules.EnsureReversibleAsync(db, payment, enrollment, null, cancellationToken);

        var reversal = new PaymentReversal
        {
            Id = Guid.CreateVersion7(),
            PaymentId = payment.Id,
            EnrollmentId = payment.EnrollmentId,
            ResidentId = payment.ResidentId,
            HouseholdId = payment.HouseholdId,
            TownshipId = payment.TownshipId,
            AmountFen = payment.AmountFen,
            Reason = request.Reason!.Trim(),
            Status = ReversalStatus.Pending,
            RequestedAt = clock.Now,
            RequestedBy = user.UserName ?? "",
        };
        db.PaymentReversals.Add(reversal);
        await db.SaveChangesAsync(cancellationToken);
        return new PaymentReversalRequested(reversal.Id, reversal.EnrollmentId,
            ReversalTexts.Format("Request_Done", payment.Voucher, Display.Yuan(payment.AmountFen)));
    }
}
