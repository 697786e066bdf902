using Microsoft.Extensions.Localization;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Web.Resources;

namespace ResidentMedicalInsurance.Web.Components.Payments;

/// <summary>The amount and the paid time as a clerk types them from a voucher, or the message that says how to type them.</summary>
public static class VoucherFields
{
    /// <summary>Yuan with at most two decimals, not negative, as fen.</summary>
    public static long Fen(string typed, IStringLocalizer<ClerkResource> texts) =>
        Money.TryParse(typed, out var money, out _) && !money.IsNegative ? money.Fen : throw new AppException(texts["Payment_AmountInvalid"]);

    /// <summary>The voucher's time (<see cref="PaidAtText"/>).</summary>
    public static DateTimeOffset PaidAt(string typed, DateTimeOffset now, IStringLocalizer<ClerkResource> texts) =>
        PaidAtText.Parse(typed, now) ?? throw new AppException(texts["Payment_PaidAtInvalid"]);
}
