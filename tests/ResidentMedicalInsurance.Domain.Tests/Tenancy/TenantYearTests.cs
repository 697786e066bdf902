using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Domain.Tests.Tenancy;

/// <summary>开启新年度: a later year's profile becomes current and the current one is held as the previous year's.</summary>
public sealed class TenantYearTests
{
    private static Tenant Youxi() => new() { Code = "youxi", Name = "尤溪县", CurrentProfileId = "youxi-2020" };

    [Fact]
    public void Starting_the_next_year_keeps_this_years_profile_as_the_previous_one()
    {
        var tenant = Youxi();

        tenant.StartYear("youxi-2021", 2021, 2020);

        Assert.Equal(("youxi-2021", "youxi-2020"), (tenant.CurrentProfileId, tenant.PreviousProfileId));
    }

    [Theory]
    [InlineData(2020)]
    [InlineData(2019)]
    public void Only_a_later_year_can_be_started(int year)
    {
        var tenant = Youxi();

        var error = Assert.Throws<DomainException>(() => tenant.StartYear("youxi-x", year, 2020));

        Assert.Equal("只能开启晚于当前年度（2020年度）的政策年度。", error.Message);
        Assert.Equal(("youxi-2020", null), (tenant.CurrentProfileId, tenant.PreviousProfileId));
    }

    [Fact]
    public void A_year_needs_a_profile()
    {
        Assert.Throws<ArgumentException>(() => Youxi().StartYear(" ", 2021, 2020));
    }
}
