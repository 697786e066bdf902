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
            throw new AppException(Texts.Format("Payment_Ineligible", quote.IneligibleReason ?? ""));
        }

        if (!quote.Accepted || quote.AmountDueFen is not { } due || quote.BenefitStart is null || quote.BenefitEnd is null)
        {
            throw new AppException(Texts.Format("Payment_NotAccepted", Display.Date(paidOn), quote.RejectedReason ?? "", string.Join("；", quote.Basis)));
        }

        if (amountFen != due)
        {
            throw new AppException(Texts.Format("Payment_AmountMismatch", Display.Date(paidOn), Display.Yuan(due), Display.Yuan(amountFen)));
        }

        if (channel.Department != (due == 0))
        {
            throw new AppException(due == 0
                ? Texts.Get("Payment_FullySubsidised")
                : Texts.Format("Payment_ChannelForSubsidised", channel.Name, Display.Yuan(due)));
        }

        return due;
    }
}
