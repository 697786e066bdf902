using FluentValidation;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Refunds;

/// <summary>
/// 退费审核 by county staff. Approval records the refund and ends the enrolment, or keeps it, as
/// decided with the request; rejection needs a reason.
/// </summary>
[AuthorizeRoles(Roles.Bureau)]
public sealed record DecideRefund(Guid RefundId, bool Approve, string? Note) : ICommand<RefundDecided>;

public sealed record RefundDecided(Guid RefundId, RefundStatus Status, string StatusText, EnrollmentStatus EnrollmentStatus, string Message);

public sealed class DecideRefundValidator : AbstractValidator<DecideRefund>
{
    public DecideRefundValidator()
    {
        RuleFor(x => x.RefundId).NotEmpty().WithMessage("请先选择退费申请。");
        RuleFor(x => x.Note).NotEmpty().When(x => !x.Approve).WithMessage("驳回退费申请时请填写驳回原因。");
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, "审核意见", Refund.NoteMaxLength, required: false) is { } problem)
            {
                ctx.AddFailure(problem);
            }
        });
    }
}

public sealed class DecideRefundHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IRequestHandler<DecideRefund, RefundDecided>
{
    public async Task<RefundDecided> Handle(DecideRefund request, CancellationToken cancellationToken)
    {
        var refund = (await db.Refunds.InScope(user).FirstOrDefaultAsync(r => r.Id == request.RefundId, cancellationToken)).Found();
        var enrollment = await db.Enrollments.FirstAsync(e => e.Id == refund.EnrollmentId, cancellationToken);
        if (!request.Approve)
        {
            refund.Reject(user.UserName ?? "", clock.Now, request.Note ?? "");
        }
        else
        {
            refund.Approve(user.UserName ?? "", clock.Now, request.Note);
            if (refund.EndsEnrollment)
            {
                enrollment.End(clock.Now);
            }
        }

        await SaveGuard.SaveAsync(db, "该退费申请或参保登记刚刚已被他人处理，请刷新后查看。", cancellationToken);
        var message = !request.Approve ? "已驳回退费申请。"
            : refund.EndsEnrollment ? $"已批准退费 {Display.Yuan(refund.AmountFen)}，该参保登记已终止。"
            : $"已批准退费 {Display.Yuan(refund.AmountFen)}，参保登记保持有效。";
        return new RefundDecided(refund.Id, refund.Status, Labels.Of(refund.Status), enrollment.Status, message);
    }
}
