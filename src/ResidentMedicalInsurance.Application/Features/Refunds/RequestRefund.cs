using FluentValidation;
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
        RuleFor(x => x.EnrollmentId).NotEmpty().WithMessage("请先选择参保登记。");
        RuleFor(x => x.Reason).IsInEnum().WithMessage("请选择退费原因。");
        RuleFor(x => x.EventDate).HappenedRecently(clock, "退费事由发生日期");
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, "备注", Refund.NoteMaxLength, required: false) is { } problem)
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
            ? await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, cancellationToken)
            : null;
        if (payment is null)
        {
            throw new AppException("该参保登记没有有效的缴费记录，无需退费。");
        }

        if (await db.Refunds.AnyAsync(r => r.EnrollmentId == enrollment.Id && r.Status != RefundStatus.Rejected, cancellationToken))
        {
            throw new AppException("该参保登记已有退费申请（待审核或已批准），不能重复申请。");
        }

        var quote = await RefundPolicy.AskAsync(db, policy, enrollment, payment, request.Reason, request.EventDate, request.BenefitsUsed, cancellationToken);
        if (!quote.Refundable || quote.AmountFen <= 0)
        {
            throw new AppException($"按政策不予退费（{Labels.Of(request.Reason)}）。依据：{string.Join("；", quote.Basis)}");
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
            $"已提交退费申请，应退 {Display.Yuan(refund.AmountFen)}，待县医保局审核。");
    }
}
