using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Refunds;

namespace ResidentMedicalInsurance.Application.Features.Households;

/// <summary>
/// 死亡、迁出或离户登记 (decision:departure-paid-enrolment, ADR 0049): records the fact on the resident and
/// ends the enrolments awaiting payment. A paid enrolment is not refunded here: when the policy would refund
/// it the clerk is told to request the refund (its approval ends the enrolment); when it would not, the
/// enrolment ends now. 离户 keeps a paid enrolment: the person is still covered.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record MarkResidentDeparted(Guid ResidentId, DepartureReason Reason, DateOnly Date) : ICommand<ResidentDeparted>;

/// <summary><paramref name="Refund"/>: the refund the clerk should now request, if the policy allows one.</summary>
public sealed record ResidentDeparted(Guid ResidentId, string Message, RefundToRequest? Refund);

/// <summary>What the refund form starts from: the paid enrolment, the reason and the date of the event.</summary>
public sealed record RefundToRequest(Guid EnrollmentId, RefundReason Reason, DateOnly EventDate);

public sealed class MarkResidentDepartedValidator : AbstractValidator<MarkResidentDeparted>
{
    public MarkResidentDepartedValidator(IClock clock)
    {
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage("请先选择居民。");
        RuleFor(x => x.Reason).IsInEnum().WithMessage("请选择变动原因。");
        RuleFor(x => x.Date).HappenedRecently(clock, "变动日期");
    }
}

public sealed class MarkResidentDepartedHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<MarkResidentDeparted, ResidentDeparted>
{
    public async Task<ResidentDeparted> Handle(MarkResidentDeparted request, CancellationToken cancellationToken)
    {
        var resident = (await db.Residents.InScope(user)
            .FirstOrDefaultAsync(r => r.Id == request.ResidentId, cancellationToken)).Found();
        if (request.Reason == DepartureReason.LeftHousehold && resident.Relationship == Relationship.Head)
        {
            throw new AppException("户主不能办理离户；如需变更户主，请联系县医保局办理。");
        }

        resident.MarkDeparted(request.Reason, request.Date);
        var messages = new List<string> { $"已登记 {resident.Name} {Labels.Of(request.Reason)}（{Display.Date(request.Date)}）。" };
        RefundToRequest? refund = null;
        var live = await db.Enrollments.Where(e => e.ResidentId == resident.Id && e.Status != EnrollmentStatus.Ended)
            .ToListAsync(cancellationToken);
        foreach (var enrollment in live)
        {
            if (enrollment.Status == EnrollmentStatus.AwaitingPayment)
            {
                enrollment.End(clock.Now);
                messages.Add($"{enrollment.Year} 年度未缴费的参保登记已终止。");
            }
            else if (await PaidEnrolment(enrollment, request, cancellationToken) is { } paid)
            {
                messages.Add(paid.Message);
                refund ??= paid.Refund;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ResidentDeparted(resident.Id, string.Join("", messages), refund);
    }

    /// <summary>A paid enrolment: kept (离户, or the policy would refund it), or ended without a refund.</summary>
    private async Task<(string Message, RefundToRequest? Refund)?> PaidEnrolment(Enrollment enrollment, MarkResidentDeparted request, CancellationToken ct)
    {
        if (request.Reason == DepartureReason.LeftHousehold)
        {
            return ($"{enrollment.Year} 年度已缴费的参保登记继续有效。", null);
        }

        var payment = await db.Payments.AsNoTracking().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, ct);
        if (payment is null || await db.Refunds.AnyAsync(r => r.EnrollmentId == enrollment.Id && r.Status != RefundStatus.Rejected, ct))
        {
            return null;
        }

        var reason = request.Reason == DepartureReason.Death ? RefundReason.Death : RefundReason.MovedOut;
        var quote = await RefundPolicy.AskAsync(db, policy, enrollment, payment, reason, request.Date, benefitsUsed: false, ct);
        if (quote.Refundable && quote.AmountFen > 0)
        {
            return ($"{enrollment.Year} 年度已缴费，按政策可申请退费 {quote.AmountText}：请办理退费申请（原因：{Labels.Of(reason)}），批准后参保登记终止。",
                new RefundToRequest(enrollment.Id, reason, request.Date));
        }

        enrollment.End(clock.Now);
        return ($"{enrollment.Year} 年度已缴费，按政策不予退费，参保登记已终止。依据：{string.Join("；", quote.Basis)}", null);
    }
}
