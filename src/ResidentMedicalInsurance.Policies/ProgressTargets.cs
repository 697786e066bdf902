namespace ResidentMedicalInsurance.Policies;

/// <summary>
/// What a notice measures the campaign against, beyond the township plans: an overall rate, groups that must reach
/// their own rate, and subsidy categories paid by the county bureau that the township counts leave out.
/// </summary>
public sealed record ProgressTargets(
    double? OverallRate, IReadOnlyList<TargetGroup> Groups, IReadOnlyList<string> CountyPaidCategories, BasisItem? Basis)
{
    public static ProgressTargets None { get; } = new(null, [], [], null);
}

/// <summary>A group of subsidy categories with its own target rate (paid against enrolled), e.g. 建档立卡贫困人口 100%.</summary>
public sealed record TargetGroup(string Name, IReadOnlyList<string> Categories, double Rate);
