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
        RuleFor(x => x.RefundId).NotEmpty().WithMessage(_ => Texts.Get("Refund_RequestMissing"));
        RuleFor(x => x.Note).NotEmpty().When(x => !x.Approve).WithMessage(_ => Texts.Get("Refund_RejectionReasonMissing"));
        RuleFor(x => x.Note).Custom((note, ctx) =>
        {
            if (TextRules.TextProblem(note, Texts.Get("Field_DecisionNote"), Refund.NoteMaxLength, required: false) is { } problem)
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

        await SaveGuard.SaveAsync(db, Texts.Get("Refund_LostRace"), cancellationToken);
        var message = !request.Approve ? Texts.Get("Refund_Rejected")
            : refund.EndsEnrollment ? Texts.Format("Refund_ApprovedEnded", Display.Yuan(refund.AmountFen))
            : Texts.Format("Refund_ApprovedKept", Display.Yuan(refund.AmountFen));
        return new RefundDecided(refund.Id, refund.Status, Labels.Of(refund.Status), enrollment.Status, message);
    }
}
