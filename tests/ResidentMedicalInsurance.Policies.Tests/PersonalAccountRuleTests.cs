using ResidentMedicalInsurance.Policies.Counties.Lianyungang;

namespace ResidentMedicalInsurance.Policies.Tests;

/// <summary>个人账户 (连政办发〔2007〕149号 第七条): only lianyungang-2008 credits one.</summary>
public class PersonalAccountRuleTests
{
    [Fact]
    public void Lianyungang2008_Article7_FiftyYuanPerPerson_CreditedByJanuaryTenth()
    {
        var rule = new LianyungangProfile2008().PersonalAccount;
        Assert.NotNull(rule);
        Assert.Equal(50_00, rule.AmountFen);
        Assert.Equal(new DateOnly(2008, 1, 10), rule.CreditBy);
        Assert.Equal("连政办发〔2007〕149号 第七条", rule.Basis.Citation);
        Assert.Contains("50元", rule.Basis.Explanation, StringComparison.Ordinal);
        Assert.Contains("2008年1月10日", rule.Basis.Explanation, StringComparison.Ordinal);
        Assert.Equal("连政办发〔2007〕149号 第十一条", rule.RefundBasis.Citation);
        Assert.Contains("个人账户余额退还本人或继承人", rule.RefundBasis.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Lianyungang2008_Article7_NoAmountEntered_NoAccount()
    {
        var profile = new NoAccount();
        Assert.Null(profile.PersonalAccount);
    }

    [Fact]
    public void Every_other_profile_has_no_personal_account()
    {
        var withAccount = PolicyCatalog.All.Where(p => p.PersonalAccount is not null).Select(p => p.Id).ToList();
        Assert.Equal(["lianyungang-2008"], withAccount);
    }

    private sealed class NoAccount() : LianyungangUrbanRules("lianyungang-2008-noaccount", "连政办发〔2007〕149号", LianyungangProfile2008.Data2008 with { PersonalAccountFen = 0 });
}
