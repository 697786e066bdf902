using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Common;

/// <summary>The menu's question: which products beside the basic fee the signed-in county's current profile has.</summary>
public sealed class CountyProductsTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Youxi_has_the_accident_insurance_and_Lianyungang_2008_the_personal_accounts(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);

        Assert.Equal(new CountyProducts(AccidentInsurance: true, PersonalAccounts: false), await world.Send(world.ClerkA, new GetCountyProducts()));
        Assert.Equal(new CountyProducts(false, false), await world.Send(world.OtherTenantClerk, new GetCountyProducts()));

        await world.UseProfile("lianyungang-2008", new DateTimeOffset(2007, 10, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        Assert.Equal(new CountyProducts(false, true), await world.Send(world.CountyStaff, new GetCountyProducts()));
        Assert.Equal(new CountyProducts(false, false), await world.Send(world.OtherTenantCounty, new GetCountyProducts()));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, new GetCountyProducts()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new GetCountyProducts()));
    }
}
