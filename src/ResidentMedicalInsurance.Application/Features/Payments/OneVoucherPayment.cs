using FluentValidation;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>
/// What a payment of several persons under one voucher says (a household's at the counter, a township's batch): the
/// enrolments, the channel, the voucher (a batch's number; spaces a scanner or a paste adds are not part of it), the
/// paid time and the voucher's total, which must equal the sum the policy asks.
/// </summary>
public abstract record OneVoucherPayment : ICommand<PaymentBatchRecorded>
{
    public IReadOnlyList<Guid> EnrollmentIds { get; init; } = [];
    public string Channel { get; init; } = "";
    public string Voucher { get; init => field = value?.Trim() ?? ""; } = "";
    public DateTimeOffset PaidAt { get; init; }
    public long AmountFen { get; init; }
}

/// <summary>The rules every one-voucher payment shares: at most <see cref="PaymentBatches.MaxPersons"/> persons, channel, voucher, total, paid time.</summary>
public abstract class OneVoucherPaymentValidator<T> : AbstractValidator<T>
    where T : OneVoucherPayment
{
    protected OneVoucherPaymentValidator(IClock clock)
    {
        RuleFor(x => x.EnrollmentIds.Count).LessThanOrEqualTo(PaymentBatches.MaxPersons)
            .WithMessage(_ => CollectionTexts.Format("Batch_TooMany", PaymentBatches.MaxPersons));
        RuleFor(x => x.Channel).PaymentChannel();
        RuleFor(x => x.Voucher).Voucher();
        RuleFor(x => x.AmountFen).InclusiveBetween(0, PaymentBatches.MaxAmountFen)
            .WithMessage(_ => CollectionTexts.Format("Batch_AmountRange", Display.Yuan(PaymentBatches.MaxAmountFen)));
        RuleFor(x => x.PaidAt).PaidAt(clock);
    }
}
