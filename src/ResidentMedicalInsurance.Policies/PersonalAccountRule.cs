namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// 个人账户: the amount credited to each enrolled person's personal account for the insurance year, the day by which it
/// is credited, and the clause that says so (lianyungang-2008 第七条); <paramref name="RefundBasis"/>: the clause that pays the
/// balance back on death or moving away (第十一条). Profiles whose notice has no personal account have none.
/// </summary>
public sealed record PersonalAccountRule(long AmountFen, DateOnly CreditBy, BasisItem Basis, BasisItem RefundBasis);
