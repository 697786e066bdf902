using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

/// <summary>续保 on the demo data: the clerk renews the demo's last-year payers, once.</summary>
public sealed class DemoRenewalTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Renewal_renews_the_demo_households_that_paid_last_year(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);
        var clock = new TestClock { Now = new(2019, 11, 18, 9, 0, 0, TimeSpan.FromHours(8)) };
        var services = database.BuildServices(s =>
        {
            s.AddApplication();
            s.AddSingleton<IClock>(clock);
        });
        await services.Provider.GetRequiredService<DemoSeeder>().SeedAsync();
        var youxi = await services.TenantAsync("youxi");
        var payers = DemoHouseholds.ByTenant["youxi"]
            .Where(h => h.Enrollment == DemoEnrollment.PaidLastYear && h.Township == 0)
            .SelectMany(h => h.Members).ToList();
        Assert.NotEmpty(payers);
        // YX-DEMO-005 paid last year and is renewed already (续保未缴 on the clerk's 工作台): counted as enrolled.
        var renewedAlready = DemoHouseholds.ByTenant["youxi"]
            .Where(h => h.Enrollment == DemoEnrollment.RenewedThisYear && h.Township == 0)
            .SelectMany(h => h.Members).ToList();

        async Task<RenewalResult> Renew(Guid township)
        {
            await using var scope = await services.ScopeAsUserAsync("youxi-clerk");
            return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RenewEnrollments(TownshipId: township));
        }

        var first = await Renew(youxi.Townships[0].Id);
        Assert.Equal((payers.Count, renewedAlready.Count), (first.Renewed, first.AlreadyEnrolled));
        Assert.Empty(first.Skipped);
        var again = await Renew(youxi.Townships[0].Id);
        Assert.Equal((0, payers.Count + renewedAlready.Count), (again.Renewed, again.AlreadyEnrolled));

        // The second township's demo households did not pay last year: nobody to renew there.
        Assert.Equal(0, (await Renew(youxi.Townships[1].Id)).Renewed);

        await using var read = await services.ScopeAsUserAsync("youxi-clerk");
        var renewed = await read.Db().Enrollments.Where(e => e.Year == 2020 && e.Renewed)
            .Join(read.Db().Residents, e => e.ResidentId, r => r.Id, (e, r) => new { r.Name, e.Status, e.ProfileId, e.Circumstances.ContinuousPriorYears, e.AmountDueFen })
            .ToListAsync();
        Assert.Equal(payers.Concat(renewedAlready).Select(p => p.Name).Order(), renewed.Select(r => r.Name).Order());
        Assert.All(renewed, r => Assert.Equal((EnrollmentStatus.AwaitingPayment, "youxi-2020"), (r.Status, r.ProfileId)));
        Assert.All(renewed, r => Assert.Equal(payers.Concat(renewedAlready).Single(p => p.Name == r.Name).ContinuousYears + 1, r.ContinuousPriorYears));
        Assert.All(renewed, r => Assert.True(r.AmountDueFen > 0));
    }
}
