using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>What a payment must satisfy besides the policy's acceptance: the exact amount and a fitting channel.</summary>
internal static class PaymentRules
{
    /// <summary>Returns the amount due, or throws with the expected amount and the reason.</summary>
    public static long Check(PolicyQuote quote, PaymentChannel channel, long amountFen, DateOnly paidOn)
    {
        if (!quote.Eligible)
        {
            throw new AppException($"不符合参保条件，不能缴费：{quote.IneligibleReason}。");
        }

        if (!quote.Accepted || quote.AmountDueFen is not { } due || quote.BenefitStart is null || quote.BenefitEnd is null)
        {
            throw new AppException($"{Display.Date(paidOn)}的缴费不予受理：{quote.RejectedReason}。依据：{string.Join("；", quote.Basis)}");
        }

        if (amountFen != due)
        {
            throw new AppException($"缴费金额不符：按{Display.Date(paidOn)}缴费应缴 {Display.Yuan(due)}，录入的是 {Display.Yuan(amountFen)}，请核对后重新录入。");
        }

        if (channel.Department != (due == 0))
        {
            throw new AppException(due == 0
                ? "该参保人个人缴费已全额资助，请选择“部门代缴”类渠道登记。"
                : $"“{channel.Name}”只用于全额资助人员，该参保人应缴 {Display.Yuan(due)}，请选择其他缴费渠道。");
        }

        return due;
    }
}
