using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Reversals;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Refunds;

/// <summary>
/// 退费申请 for a paid enrolment. The policy decides whether it is refundable and how much; a
/// request the policy refuses is not queued (the message gives the basis).
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RequestRefund(Guid EnrollmentId, RefundReason Reason, DateOnly EventDate, bool BenefitsUsed, string? Note)
    : ICommand<RefundRequested>;

public sealed record RefundRequested(Guid RefundId, long AmountFen, string AmountText, bool EndsEnrollment, IReadOnlyList<string> Basis, string Message);

public sealed class RequestRefundValidator : AbstractValidator<RequestRefund>
{
    public RequestRefundValidator(IClock clock)
    {
        RuleFor(x => x.EnrollmentId).NotEmpty().WithMessage(_ => Texts.Get("Payment_EnrollmentMissing"));
        RuleFor(x => x.Reason).IsInEnum().WithMessage(_ => Texts.Get("Refund_ReasonMissing"));
        RuleFor(x => x.EventDate).HappenedRecently(clock, "RequestRefund_EventDateField");
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, Texts.Get("Field_Note"), Refund.NoteMaxLength, required: false) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

public sealed class RequestRefundHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RequestRefund, RefundRequested>
{
    public async Task<RefundRequested> Handle(RequestRefund request, CancellationToken cancellationToken)
    {
        var enrollment = (await db.Enrollments.AsNoTracking().InScope(user)
            .FirstOrDefaultAsync(e => e.Id == request.EnrollmentId, cancellationToken)).Found();
        var payment = enrollment.Status == EnrollmentStatus.Paid
            ? await db.Payments.AsNoTracking().InForcePayments().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, cancellationToken)
            : null;
        if (payment is null)
        {
            throw new AppException(Texts.Get("Refund_NothingPaid"));
        }

        if (await db.Refunds.AnyAsync(r => r.EnrollmentId == enrollment.Id && r.Status != RefundStatus.Rejected, cancellationToken))
        {
            throw new AppException(Texts.Get("Refund_AlreadyRequested"));
        }

        await ReversalRules.EnsureNonePendingForRefundAsync(db, payment, cancellationToken);

        var quote = await RefundPolicy.AskAsync(db, policy, enrollment, payment, request.Reason, request.EventDate, request.BenefitsUsed, cancellationToken);
        if (!quote.Refundable || quote.AmountFen <= 0)
        {
            throw new AppException(Texts.Format("Refund_NotRefundable", Labels.Of(request.Reason), string.Join("；", quote.Basis)));
        }

        var refund = new Refund
        {
            Id = Guid.CreateVersion7(),
            EnrollmentId = enrollment.Id,
            PaymentId = payment.Id,
            ResidentId = enrollment.ResidentId,
            HouseholdId = enrollment.HouseholdId,
            TownshipId = enrollment.TownshipId,
            Reason = request.Reason,
            EventDate = request.EventDate,
            BenefitsUsed = request.BenefitsUsed,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            AmountFen = Math.Min(quote.AmountFen, payment.AmountFen),
            EndsEnrollment = quote.EndsEnrollment,
            Basis = BasisText.Join(quote.Basis),
            Status = RefundStatus.Pending,
            RequestedAt = clock.Now,
            RequestedBy = user.UserName ?? "",
        };
        db.Refunds.Add(refund);
        await db.SaveChangesAsync(cancellationToken);
        return new RefundRequested(refund.Id, refund.AmountFen, Display.Yuan(refund.AmountFen), refund.EndsEnrollment, quote.Basis,
            Texts.Format("Refund_Requested", Display.Yuan(refund.AmountFen)));
    }
}
