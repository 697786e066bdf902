using ResidentMedicalInsurance.Application.Policy;

namespace ResidentMedicalInsurance.Application.Features.Payments;

/// <summary>What a payment must satisfy besides the policy's acceptance: the exact amount and a fitting channel.</summary>
internal static class PaymentRules
{
    /// <summary>Returns the amount due, or throws with the expected amount and the reason.</summary>
    public static long Check(PolicyQuote quote, PaymentChannel channel, long amountFen, DateOnly paidOn)
    {
        var due = Asked(quote, paidOn, out var problem) ?? throw new AppException(problem!);
        if (amountFen != due)
        {
            throw new AppException(Texts.Format("Payment_AmountMismatch", Display.Date(paidOn), Display.Yuan(due), Display.Yuan(amountFen)));
        }

        return ChannelProblem(channel, due) is { } wrongChannel ? throw new AppException(wrongChannel) : due;
    }

    /// <summary>
    /// What the policy asks of this person on <paramref name="paidOn"/>, or null with the reason it takes no payment
    /// that day (not eligible, or not accepted on that date).
    /// </summary>
    public static long? Asked(PolicyQuote quote, DateOnly paidOn, out string? problem)
    {
        problem = null;
        if (!quote.Eligible)
        {
            problem = Texts.Format("Payment_Ineligible", quote.IneligibleReason ?? "");
            return null;
        }

        if (!quote.Accepted || quote.AmountDueFen is not { } due || quote.BenefitStart is null || quote.BenefitEnd is null)
        {
            problem = Texts.Format("Payment_NotAccepted", Display.Date(paidOn), quote.RejectedReason ?? "", string.Join("；", quote.Basis));
            return null;
        }

        return due;
    }

    /// <summary>Why <paramref name="channel"/> does not fit an amount due (the department channel takes fully subsidised persons only), or null.</summary>
    public static string? ChannelProblem(PaymentChannel channel, long due) =>
        channel.Department == (due == 0) ? null
        : due == 0 ? Texts.Get("Payment_FullySubsidised")
        : Texts.Format("Payment_ChannelForSubsidised", channel.Name, Display.Yuan(due));
}
