namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>The campaign targets beyond the township plans: Shiquan 七(二) and its 附件 note; the other notices set none.</summary>
public class ProgressTargetsTests
{
    [Fact]
    public void Shiquan_targets_99_percent_jiandang_100_percent_and_leaves_tekun_to_the_county_bureau()
    {
        var targets = PolicyCatalog.Find("shiquan-2021")!.Targets;

        Assert.Equal(0.99, targets.OverallRate);
        var group = Assert.Single(targets.Groups);
        Assert.Equal(("建档立卡贫困人口", 1.0), (group.Name, group.Rate));
        Assert.Equal(["jiandang"], group.Categories);
        Assert.Equal(["tekun"], targets.CountyPaidCategories);
        Assert.StartsWith("石政办函〔2020〕47号 七(二)", targets.Basis!.Text);
        Assert.All(group.Categories.Concat(targets.CountyPaidCategories), code => Assert.Contains(PolicyCatalog.Find("shiquan-2021")!.Categories, c => c.Code == code));
    }

    [Theory]
    [InlineData("lianyungang-2020")]
    [InlineData("lianyungang-2008")]
    [InlineData("haimen-2020")]
    [InlineData("youxi-2020")]
    public void The_other_notices_set_no_target_beyond_the_plans(string id) =>
        Assert.Same(ProgressTargets.None, PolicyCatalog.Find(id)!.Targets);
}
