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
        RuleFor(x => x.ResidentId).NotEmpty().WithMessage(_ => Messages.Get("Common_ResidentMissing"));
        RuleFor(x => x.Reason).IsInEnum().WithMessage(_ => Messages.Get("MarkResidentDeparted_ReasonMissing"));
        RuleFor(x => x.Date).HappenedRecently(clock, "MarkResidentDeparted_DateField");
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
            throw new AppException(Messages.Get("MarkResidentDeparted_HeadCannotLeave"));
        }

        resident.MarkDeparted(request.Reason, request.Date);
        var messages = new List<string> { Messages.Format("MarkResidentDeparted_Recorded", resident.Name, Labels.Of(request.Reason), Display.Date(request.Date)) };
        RefundToRequest? refund = null;
        var live = await db.Enrollments.Where(e => e.ResidentId == resident.Id && e.Status != EnrollmentStatus.Ended)
            .ToListAsync(cancellationToken);
        foreach (var enrollment in live)
        {
            if (enrollment.Status == EnrollmentStatus.AwaitingPayment)
            {
                enrollment.End(clock.Now);
                messages.Add(Messages.Format("MarkResidentDeparted_UnpaidEnded", enrollment.Year));
            }
            else if (await PaidEnrolment(enrollment, request, cancellationToken) is { } paid)
            {
                messages.Add(paid.Message);
                refund ??= paid.Refund;
            }
        }

        if (await Accounts.PersonalAccountRefunds.OnDepartureAsync(db, user, clock, policy, resident, request.Reason, request.Date, cancellationToken) is { } refunded)
        {
            messages.Add(refunded);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ResidentDeparted(resident.Id, string.Join(Messages.Get("Common_SentenceSeparator"), messages), refund);
    }

    /// <summary>A paid enrolment: kept (离户, or the policy would refund it), or ended without a refund.</summary>
    private async Task<(string Message, RefundToRequest? Refund)?> PaidEnrolment(Enrollment enrollment, MarkResidentDeparted request, CancellationToken ct)
    {
        if (request.Reason == DepartureReason.LeftHousehold)
        {
            return (Messages.Format("MarkResidentDeparted_PaidKept", enrollment.Year), null);
        }

        var payment = await db.Payments.AsNoTracking().InForcePayments().FirstOrDefaultAsync(p => p.EnrollmentId == enrollment.Id, ct);
        if (payment is null || await db.Refunds.AnyAsync(r => r.EnrollmentId == enrollment.Id && r.Status != RefundStatus.Rejected, ct))
        {
            return null;
        }

        var reason = request.Reason == DepartureReason.Death ? RefundReason.Death : RefundReason.MovedOut;
        var quote = await RefundPolicy.AskAsync(db, policy, enrollment, payment, reason, request.Date, benefitsUsed: false, ct);
        if (quote.Refundable && quote.AmountFen > 0)
        {
            return (Messages.Format("MarkResidentDeparted_RefundAvailable", enrollment.Year, quote.AmountText, Labels.Of(reason)),
                new RefundToRequest(enrollment.Id, reason, request.Date));
        }

        enrollment.End(clock.Now);
        return (Messages.Format("MarkResidentDeparted_NoRefund", enrollment.Year, string.Join(Messages.Get("Common_ListSeparator"), quote.Basis)), null);
    }
}
