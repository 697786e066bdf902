namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// An optional product a notice offers next to the basic insurance and collects for someone else (尤政办〔2019〕45号
/// 三(三): 意外伤害补充保险, paid to the insurer): never part of the basic fee, the fund or its statements.
/// </summary>
/// <param name="Code">Stable code, e.g. <c>accident</c>.</param>
/// <param name="Name">zh-CN name in the notice's words.</param>
/// <param name="PremiumFen">The premium a person pays, in fen.</param>
/// <param name="Insurer">Who collects it, in the notice's words.</param>
/// <param name="Basis">The clause that offers it and sets the premium.</param>
/// <param name="PaymentBasis">The clause that names how it is paid.</param>
public sealed record SupplementaryProduct(string Code, string Name, long PremiumFen, string Insurer, BasisItem Basis, BasisItem PaymentBasis);
