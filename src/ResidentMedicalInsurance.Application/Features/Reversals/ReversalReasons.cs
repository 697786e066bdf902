namespace ResidentMedicalInsurance.Application.Features.Reversals;

/// <summary>
/// The usual reasons a payment was entered in error, offered to the clerk as a choice before the free text
/// (录错人员, 金额录错, 凭证号录错, 重复录入); the request stores the one reason text they make together.
/// </summary>
public static class ReversalReasons
{
    private static readonly string[] Keys = ["WrongPerson", "WrongAmount", "WrongVoucher", "Duplicate"];

    /// <summary>The choices, in the user's language.</summary>
    public static IReadOnlyList<string> Typical => Keys.Select(k => ReversalTexts.Get($"Reason_{k}")).ToList();

    /// <summary>"录错人员：应为其配偶缴费", the choice alone, or the text alone; null when both are empty.</summary>
    public static string? Compose(string? choice, string? text) => (choice?.Trim(), text?.Trim()) switch
    {
        ({ Length: > 0 } c, { Length: > 0 } t) => ReversalTexts.Format("Reason_WithNote", c, t),
        ({ Length: > 0 } c, _) => c,
        (_, { Length: > 0 } t) => t,
        _ => null,
    };
}
