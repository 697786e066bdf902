using FluentValidation;
using ResidentMedicalInsurance.Application.Features.Enrollments;
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
        RuleFor(x => x.EnrollmentId).NotEmpty().WithMessage("请先选择参保登记。");
        RuleFor(x => x.Channel).NotEmpty().WithMessage("请选择缴费渠道。");
        RuleFor(x => x.Voucher).NotEmpty().WithMessage("请填写缴费凭证号。")
            .MaximumLength(Payment.VoucherMaxLength).WithMessage($"凭证号最多 {Payment.VoucherMaxLength} 位。")
            .Matches("^[0-9A-Za-z_-]*$").WithMessage("凭证号只能包含字母、数字、下划线和连字符。");
        RuleFor(x => x.AmountFen).InclusiveBetween(0, MaxAmountFen)
            .WithMessage($"缴费金额应在 0 至 {Display.Yuan(MaxAmountFen)} 之间。");
        RuleFor(x => x.PaidAt).Must(at => at <= clock.Now.AddMinutes(5))
            .WithMessage("缴费时间不能晚于现在，请核对凭证上的缴费时间。");
        RuleFor(x => x.PaidAt).Must(at => at >= clock.Now.AddYears(-2))
            .WithMessage("缴费时间早于两年前，请核对凭证上的缴费时间。");
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
                ? $"该参保登记已于 {Display.Time(enrollment.PaidAt)} 缴费，不能重复缴费。"
                : "该参保登记已终止，不能缴费；如需重新参保请先办理参保登记。");
        }

        var (tenantCode, _, _) = await CurrentProfile.LoadAsync(db, policy, cancellationToken);
        var channel = PaymentChannels.For(tenantCode).FirstOrDefault(c => c.Code == request.Channel)
            ?? throw new InputValidationException([$"缴费渠道“{request.Channel}”不是本县通知列明的渠道，请从列表中选择。"]);
        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == enrollment.ResidentId, cancellationToken);
        var certifications = await EnrollmentContext.StoredCertifications(db, resident.Id, cancellationToken);
        var paidOn = Display.ChinaDate(request.PaidAt);
        var quote = policy.Quote(enrollment.ProfileId, resident, certifications, enrollment.Circumstances, paidOn);
        var due = PaymentRules.Check(quote, channel, request.AmountFen, paidOn);

        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            EnrollmentId = enrollment.Id,
            ResidentId = enrollment.ResidentId,
            HouseholdId = enrollment.HouseholdId,
            TownshipId = enrollment.TownshipId,
            Channel = channel.Code,
            Voucher = voucher,
            AmountFen = due,
            StandardFeeFen = quote.StandardFeeFen ?? 0,
            SubsidyFen = quote.SubsidyFen ?? 0,
            SubsidyCode = quote.SubsidyCode,
            PaidAt = request.PaidAt,
            RecordedAt = clock.Now,
            RecordedBy = user.UserName ?? "",
            BenefitStart = quote.BenefitStart!.Value,
            BenefitEnd = quote.BenefitEnd!.Value,
            Basis = BasisText.Join(quote.Basis),
        };
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
                ?? throw new AppException("该参保登记刚刚已由其他经办员登记缴费，不能重复缴费，请刷新后查看缴费凭证。");
        }

        return Result(payment, false);
    }

    /// <summary>The payment already recorded under this channel and voucher, if it is this enrolment's.</summary>
    private async Task<PaymentRecorded?> Replay(string channel, string voucher, Guid enrollmentId, CancellationToken ct)
    {
        var existing = await db.Payments.AsNoTracking()
            .FirstOrDefaultAsync(p => p.Channel == channel && p.Voucher == voucher, ct);
        if (existing is null)
        {
            return null;
        }

        if (!user.CanSee(existing.TownshipId))
        {
            throw new AppException($"凭证号 {voucher} 已在本县登记过缴费，请核对凭证号。");
        }

        return existing.EnrollmentId == enrollmentId
            ? Result(existing, true)
            : throw new AppException($"凭证号 {voucher} 已用于其他参保人的缴费，请核对凭证号。");
    }

    private static PaymentRecorded Result(Payment p, bool replay) => new(
        p.Id, p.EnrollmentId, replay, p.AmountFen, Display.Yuan(p.AmountFen), p.BenefitStart, p.BenefitEnd,
        Display.Period(p.BenefitStart, p.BenefitEnd),
        replay ? Texts.Format("Payment_Replayed", p.Voucher) : Texts.Format("Payment_Recorded", Display.Yuan(p.AmountFen), Display.Period(p.BenefitStart, p.BenefitEnd)),
        p.PaidAt);
}
