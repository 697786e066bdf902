using ResidentMedicalInsurance.Policies.Counties.Youxi;
using static ResidentMedicalInsurance.Policies.Tests.TestSupport;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>尤政办〔2019〕45号 三(三), 六(三): the optional accident insurance is offered by Youxi alone, as a product of its own.</summary>
public class AccidentInsuranceTests
{
    [Fact]
    public void Youxi_3_3_offers_the_accident_insurance_at_30_yuan_citing_3_3_and_6_3()
    {
        var product = new YouxiProfile2020().AccidentInsurance;

        Assert.NotNull(product);
        Assert.Equal(("accident", 30_00L), (product.Code, product.PremiumFen));
        Assert.Equal("城乡居民基本医疗补充意外伤害保险", product.Name);
        Assert.Contains("中国人寿", product.Insurer, StringComparison.Ordinal);
        Assert.Equal("尤政办〔2019〕45号 三(三)", product.Basis.Citation);
        Assert.Contains("30元", product.Basis.Explanation, StringComparison.Ordinal);
        Assert.Equal("尤政办〔2019〕45号 六(三)", product.PaymentBasis.Citation);
        Assert.Contains("二维码", product.PaymentBasis.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_premium_follows_the_plans_data()
    {
        var product = new Youxi40().AccidentInsurance;

        Assert.Equal(40_00L, product!.PremiumFen);
        Assert.Contains("40元", product.Basis.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void No_other_profile_offers_it_and_the_basic_fee_leaves_it_out()
    {
        Assert.Equal(["youxi-2020"], PolicyCatalog.All.Where(p => p.AccidentInsurance is not null).Select(p => p.Id));
        new YouxiProfile2020().Evaluate(Local().Paying("2019-10-01")).AssertFee(250_00, 250_00);
    }

    private sealed class Youxi40() : YouxiRules("youxi-2020-test", "尤政办〔2019〕45号", YouxiProfile2020.Data2020 with { AccidentInsuranceFen = 40_00 });
}
