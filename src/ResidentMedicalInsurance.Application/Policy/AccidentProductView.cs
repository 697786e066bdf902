namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>
/// The optional accident insurance a profile offers (尤政办〔2019〕45号 三(三)), as the forms show it: the notice's name,
/// the premium, the insurer that collects it and the clauses, Chinese in every language (the notice's words).
/// </summary>
public sealed record AccidentProductView(string Name, long PremiumFen, string Insurer, string Basis, string PaymentBasis)
{
    public string PremiumText => Display.Yuan(PremiumFen);

    /// <summary>The product from the engine's; null where the profile offers none.</summary>
    public static AccidentProductView? Of(Policies.SupplementaryProduct? product) =>
        product is null ? null : new(product.Name, product.PremiumFen, product.Insurer, product.Basis.Text, product.PaymentBasis.Text);
}
