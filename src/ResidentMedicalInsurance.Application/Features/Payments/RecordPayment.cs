using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// 缴费登记. Idempotent on (tenant, channel, voucher): the same voucher again returns the first
/// payment. One payment per enrolment, also when two clerks pay at once (unique index and the
/// enrolment's concurrency token). The amount must be what the policy asks on the payment date;
/// the benefit period is fixed here.
/// </summary>
[AuthorizeRoles(Roles.Counter)]
public sealed record RecordPayment : ICommand<PaymentRecorded>
{
    public Guid EnrollmentId { get; init; }
    public string Channel { get; init; } = "";
    /// <summary>The voucher as printed; spaces a scanner or a paste adds around it are not part of it.</summary>
    public string Voucher { get; init => field = value?.Trim() ?? ""; } = "";
    public DateTimeOffset PaidAt { get; init; }
    public long AmountFen { get; init; }
}

public sealed record PaymentRecorded(
    Guid PaymentId, Guid EnrollmentId, bool AlreadyRecorded, long AmountFen, string AmountText,
    DateOnly BenefitStart, DateOnly BenefitEnd, string BenefitPeriodText, string Message, DateTimeOffset PaidAt);

public sealed class RecordPaymentValidator : AbstractValidator<RecordPayment>
{
    public const long MaxAmountFen = 10_000_00;

    public RecordPaymentValidator(IClock clock)
    {
        RuleFor(x => x.EnrollmentId).NotEmpty().WithMessage(_ => Texts.Get("Payment_EnrollmentMissing"));
        RuleFor(x => x.Channel).PaymentChannel();
        RuleFor(x => x.Voucher).Voucher();
        RuleFor(x => x.AmountFen).InclusiveBetween(0, MaxAmountFen)
            .WithMessage(_ => Texts.Format("Payment_AmountRange", Display.Yuan(MaxAmountFen)));
        RuleFor(x => x.PaidAt).PaidAt(clock);
    }
}

public sealed class RecordPaymentHandler(IAppDbContext db, ICurrentUser user, IClock clock, IPolicyGateway policy)
    : IRequestHandler<RecordPayment, PaymentRecorded>
{
    public async Task<PaymentRecorded> Handle(RecordPayment request, CancellationToken cancellationToken)
    {
        var voucher = request.Voucher;
        if (await Replay(request.Channel, voucher, request.EnrollmentId, cancellationToken) is { } replay)
        {
            return replay;
        }

        var enrollment = (await db.Enrollments.InScope(user)
            .FirstOrDefaultAsync(e => e.Id == request.EnrollmentId, cancellationToken)).Found();
        if (enrollment.Status != EnrollmentStatus.AwaitingPayment)
        {
            // Paid by a concurrent request with this very voucher between the first look and now.
            if (await Replay(request.Channel, voucher, request.EnrollmentId, cancellationToken) is { } late)
            {
                return late;
            }

            throw new AppException(enrollment.Status == EnrollmentStatus.Paid
                ? Texts.Format("Payment_AlreadyPaid", Display.Time(enrollment.PaidAt))
                : Texts.Get("Payment_EnrollmentEnded"));
        }

        var (tenantCode, _, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var channel = PaymentChannels.For(tenantCode).FirstOrDefault(c => c.Code == request.Channel)
            ?? throw new InputValidationException([Texts.Format("Payment_ChannelUnknown", request.Channel)]);
        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == enrollment.ResidentId, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, enrollment.Year, cancellationToken);
        var paidOn = Display.ChinaDate(request.PaidAt);
        (await ClosedPeriods.LoadAsync(db, policy, enrollment.ProfileId, cancellationToken)).EnsureOpen(paidOn);
        var quote = policy.Quote(enrollment.ProfileId, resident, certifications, enrollment.Circumstances, paidOn);
        var due = PaymentRules.Check(quote, channel, request.AmountFen, paidOn);

        var payment = NewPayment.From(enrollment, quote, channel.Code, voucher, request.PaidAt, due, clock, user);
        db.Payments.Add(payment);
        enrollment.RecordPayment(payment);

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (SaveGuard.IsLostRace(db, ex))
        {
            // Lost a race: another clerk recorded this voucher or paid this enrolment first.
            db.ChangeTracker.Clear();
            return await Replay(request.Channel, voucher, request.EnrollmentId, cancellationToken)
                ?? throw new AppException(Texts.Get("Payment_LostRace"));
        }

        return Result(payment, false);
    }

    /// <summary>
    /// The payment in force under this channel and voucher, if it is this enrolment's. A reversed one is not a
    /// replay: the clerk is entering that voucher again, correctly (ADR 0059).
    /// </summary>
    private async Task<PaymentRecorded?> Replay(string channel, string voucher, Guid enrollmentId, CancellationToken ct)
    {
        var existing = await db.Payments.AsNoTracking().InForcePayments()
            .FirstOrDefaultAsync(p => p.Channel == channel && p.Voucher == voucher, ct);
        if (existing is null)
        {
            return null;
        }

        if (!user.CanSee(existing.TownshipId))
        {
            throw new AppException(Texts.Format("Payment_VoucherUsedInCounty", voucher));
        }

        return existing.EnrollmentId == enrollmentId
            ? Result(existing, true)
            : throw new AppException(Texts.Format("Payment_VoucherUsedForOther", voucher));
    }

    private static PaymentRecorded Result(Payment p, bool replay) => new(
        p.Id, p.EnrollmentId, replay, p.AmountFen, Display.Yuan(p.AmountFen), p.BenefitStart, p.BenefitEnd,
        Display.Period(p.BenefitStart, p.BenefitEnd),
        replay ? Texts.Format("Payment_Replayed", p.Voucher) : Texts.Format("Payment_Recorded", Display.Yuan(p.AmountFen), Display.Period(p.BenefitStart, p.BenefitEnd)),
        p.PaidAt);
}
