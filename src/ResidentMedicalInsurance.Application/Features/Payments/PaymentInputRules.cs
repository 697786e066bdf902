using FluentValidation;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>The rules every payment form shares (one payment, a household's voucher, a township's batch): channel, voucher, paid-at.</summary>
internal static class PaymentInputRules
{
    public static IRuleBuilderOptions<T, string> PaymentChannel<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => Texts.Get("Payment_ChannelMissing"));

    /// <summary>凭证号 (a batch's number is its voucher): present, not too long, letters, digits, underscore and hyphen only.</summary>
    public static IRuleBuilderOptions<T, string> Voucher<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(_ => Texts.Get("Payment_VoucherMissing"))
            .MaximumLength(Payment.VoucherMaxLength).WithMessage(_ => Texts.Format("Payment_VoucherTooLong", Payment.VoucherMaxLength))
            .Matches("^[0-9A-Za-z_-]*$").WithMessage(_ => Texts.Get("Payment_VoucherCharacters"));

    /// <summary>The voucher's time: not in the future (five minutes' grace for clocks), not older than two years.</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> PaidAt<T>(this IRuleBuilder<T, DateTimeOffset> rule, IClock clock) =>
        rule.Must(at => at <= clock.Now.AddMinutes(5)).WithMessage(_ => Texts.Get("Payment_PaidAtFuture"))
            .Must(at => at >= clock.Now.AddYears(-2)).WithMessage(_ => Texts.Get("Payment_PaidAtTooOld"));
}
