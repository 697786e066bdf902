using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Tenancy;

namespace ResidentMedicalInsurance.Domain.Tests.Tenancy;

/// <summary>Region prefixes of the reference tenants, residence permits' validity and the China calendar day.</summary>
public sealed class TenantRegionsTests
{
    [Fact]
    public void Haimen_keeps_its_old_and_new_region_codes()
    {
        var haimen = TenantRegions.Of("haimen");

        Assert.True(TenantRegions.Contains(haimen, "320684"));
        Assert.True(TenantRegions.Contains(haimen, "320614"));
        Assert.False(TenantRegions.Contains(haimen, "320703"));
    }

    [Fact]
    public void Lianyungang_covers_every_district_of_the_city()
        => Assert.True(TenantRegions.Contains(TenantRegions.Of("lianyungang"), "320723"));

    [Fact]
    public void A_tenant_not_listed_has_no_prefixes_and_nothing_lies_in_none()
    {
        var none = TenantRegions.Of("elsewhere");

        Assert.Empty(none);
        Assert.False(TenantRegions.Contains(none, "320684"));
    }

    [Theory]
    [InlineData(OtherDocumentKind.ResidencePermit, "2020-12-31", true)]
    [InlineData(OtherDocumentKind.HkMacaoTaiwanPermit, "2020-12-31", true)]
    [InlineData(OtherDocumentKind.ResidencePermit, "2020-12-30", false)]
    [InlineData(OtherDocumentKind.None, "2030-01-01", false)]
    public void A_permit_counts_up_to_and_including_its_last_valid_day(OtherDocumentKind document, string validUntil, bool valid)
    {
        var facts = new ResidentFacts { PermitValidUntil = DateOnly.Parse(validUntil, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(valid, facts.PermitValidOn(document, new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public void A_permit_without_a_recorded_end_counts_but_no_permit_does_not()
    {
        Assert.True(ResidentFacts.None.PermitValidOn(OtherDocumentKind.ResidencePermit, new DateOnly(2020, 12, 31)));
        Assert.False(ResidentFacts.None.PermitValidOn(OtherDocumentKind.None, new DateOnly(2020, 12, 31)));
    }

    [Fact]
    public void The_China_day_starts_at_midnight_China_time()
    {
        var start = ChinaTime.StartOf(new DateOnly(2021, 1, 1));

        Assert.Equal(new DateTimeOffset(2020, 12, 31, 16, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateOnly(2021, 1, 1), ChinaTime.DateOf(start));
        Assert.Equal(new DateOnly(2020, 12, 31), ChinaTime.DateOf(start.AddTicks(-1)));
    }
}
