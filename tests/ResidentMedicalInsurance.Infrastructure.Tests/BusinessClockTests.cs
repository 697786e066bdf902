using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Persistence.ReferenceData;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>
/// The one IClock every host gets from AddInfrastructure (ADR 0041): Clock:Start for every county, else
/// Clock:StartByTenant:&lt;code&gt; for the listed ones, else real time; always the scope user's tenant.
/// </summary>
public sealed class BusinessClockTests
{
    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    [Fact]
    public async Task Each_listed_county_has_its_date_the_others_and_nobody_real_time()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var services = database.BuildServices(settings: new Dictionary<string, string?>
        {
            ["Clock:StartByTenant:youxi"] = "2019-11-18T09:00:00+08:00",
            ["Clock:StartByTenant:shiquan"] = "2020-11-16T09:00:00+08:00",
        });

        Assert.Equal(new DateOnly(2019, 11, 18), await TodayAsync(services, ReferenceTenants.Youxi));
        Assert.Equal(new DateOnly(2020, 11, 16), await TodayAsync(services, ReferenceTenants.Shiquan));
        Assert.Equal(RealToday(), await TodayAsync(services, ReferenceTenants.Haimen));
        await using var anonymous = services.AnonymousScope();
        Assert.Equal(RealToday(), anonymous.ServiceProvider.GetRequiredService<IClock>().Today);
    }

    [Fact]
    public async Task Clock_Start_moves_every_county_and_wins_over_the_list()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        var services = database.BuildServices(settings: new Dictionary<string, string?>
        {
            ["Clock:Start"] = "2007-10-15T09:00:00+08:00",
            ["Clock:StartByTenant:youxi"] = "2019-11-18T09:00:00+08:00",
        });

        Assert.Equal(new DateOnly(2007, 10, 15), await TodayAsync(services, ReferenceTenants.Youxi));
        Assert.Equal(new DateOnly(2007, 10, 15), await TodayAsync(services, ReferenceTenants.Lianyungang));
    }

    [Fact]
    public async Task Without_settings_the_clock_is_real_time_in_China()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(DatabaseProvider.Sqlite);
        await using var scope = database.Services.ScopeAs((await database.Services.TenantAsync(ReferenceTenants.Youxi)).Id, Roles.Clerk);
        var now = scope.ServiceProvider.GetRequiredService<IClock>().Now;

        Assert.Equal(ChinaTime, now.Offset);
        Assert.InRange(DateTimeOffset.UtcNow - now, TimeSpan.Zero, TimeSpan.FromMinutes(1));
    }

    private static async Task<DateOnly> TodayAsync(TestServices services, string code)
    {
        await using var scope = services.ScopeAs((await services.TenantAsync(code)).Id, Roles.Clerk);
        return scope.ServiceProvider.GetRequiredService<IClock>().Today;
    }

    private static DateOnly RealToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(ChinaTime).DateTime);
}
