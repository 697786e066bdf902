using System.Diagnostics;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Security;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;
using ResidentMedicalInsurance.Domain.Rosters;
using ResidentMedicalInsurance.Infrastructure.Demo;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Infrastructure.Tests;

/// <summary>Demo households: in the first clerk's townships, last year's payers paid, audited, seeded once; one approved roster per county.</summary>
public sealed class DemoHouseholdTests
{
    private static readonly Dictionary<string, int> CurrentYear = new()
    {
        ["lianyungang"] = 2020, ["haimen"] = 2020, ["youxi"] = 2020, ["shiquan"] = 2021,
    };

    private static readonly TimeSpan ChinaTime = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Demo_seeding_writes_households_residents_and_enrolments_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider);

        // The demo's business dates (appsettings.Development.json): inside each county's campaign.
        var services = database.BuildServices(settings: new Dictionary<string, string?>
        {
            ["Clock:StartByTenant:shiquan"] = "2020-11-16T09:00:00+08:00",
            ["Clock:StartByTenant:youxi"] = "2019-11-18T09:00:00+08:00",
            ["Clock:StartByTenant:haimen"] = "2019-11-18T09:00:00+08:00",
            ["Clock:StartByTenant:lianyungang"] = "2019-11-18T09:00:00+08:00",
        });
        var seeder = services.Provider.GetRequiredService<DemoSeeder>();
        var timer = Stopwatch.StartNew();
        await seeder.SeedAsync();
        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(30), $"demo seeding took {timer.Elapsed}");
        Assert.Equal(0, await seeder.SeedAsync());

        foreach (var (code, year) in CurrentYear)
        {
            var tenant = await database.Services.TenantAsync(code);
            var demo = DemoHouseholds.ByTenant[code];
            await using var scope = database.Services.ScopeAs(tenant.Id, Roles.CountyStaff);
            var db = scope.Db();

            var households = await db.Households.Include(h => h.Members).ToListAsync();
            Assert.Equal(demo.Select(h => h.Number).Order(), households.Select(h => h.Number).Order());
            var clerkTownships = tenant.Townships.Take(2).Select(t => t.Id).ToList();
            Assert.All(households, h => Assert.Contains(h.TownshipId, clerkTownships));
            Assert.All(households, h => Assert.InRange(h.Members.Count, 2, 4));
            Assert.All(households, h => Assert.Contains(h.Members, m => m.Id == h.HeadResidentId));

            var residents = households.SelectMany(h => h.Members).ToList();
            Assert.Equal(demo.Sum(h => h.Members.Count), residents.Count);
            Assert.All(residents, r =>
            {
                Assert.True(ResidentIdNumber.TryParse(r.IdNumber, new DateOnly(2026, 1, 1), out var id, out _), r.IdNumber);
                Assert.Equal(id.BirthDate, r.BirthDate);
                Assert.Equal(id.Sex, r.Sex);
                Assert.Equal(r.TownshipId, households.Single(h => h.Id == r.HouseholdId).TownshipId);
            });

            // Last year's payers: paid, with a payment covering the whole previous year.
            var lastYear = await db.Enrollments.Where(e => e.Year == year - 1).ToListAsync();
            var payers = demo.Where(h => h.Enrollment is DemoEnrollment.PaidLastYear or DemoEnrollment.RenewedThisYear).Sum(h => h.Members.Count);
            Assert.Equal(payers, lastYear.Count);
            Assert.All(lastYear, e => Assert.Equal(EnrollmentStatus.Paid, e.Status));
            var payments = await db.Payments.ToListAsync();
            Assert.Equal(lastYear.Select(e => e.Id).Order(), payments.Select(p => p.EnrollmentId).Order());
            Assert.All(payments, p => Assert.Equal((new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31)), (p.BenefitStart, p.BenefitEnd)));
            Assert.All(payments, p => Assert.Equal(lastYear.Single(e => e.Id == p.EnrollmentId).AmountDueFen, p.AmountFen));

            // This year's: enrolled under the county's current profile, awaiting payment.
            var thisYear = await db.Enrollments.Where(e => e.Year == year).ToListAsync();
            Assert.NotEmpty(thisYear);
            Assert.All(thisYear, e => Assert.Equal((EnrollmentStatus.AwaitingPayment, $"{code}-{year}"), (e.Status, e.ProfileId)));
            Assert.All(thisYear, e => Assert.True(e.StandardFeeFen > 0));
            var renewed = demo.Where(h => h.Enrollment == DemoEnrollment.RenewedThisYear).SelectMany(h => h.Members).Select(m => m.Name).Order().ToList();
            var renewedNames = await db.Enrollments.Where(e => e.Year == year && e.Renewed)
                .Join(db.Residents, e => e.ResidentId, r => r.Id, (e, r) => r.Name).ToListAsync();
            Assert.Equal(renewed, renewedNames.Order().ToList());
            Assert.All(thisYear, e => Assert.Equal(code == "shiquan" ? new DateOnly(2020, 11, 16) : new DateOnly(2019, 11, 18), DateOnly.FromDateTime(e.EnrolledAt.ToOffset(ChinaTime).DateTime)));

            // Written through the audited DbContext as the county's system user.
            var audited = await db.AuditEntries.Where(a => a.Action == DemoSeeder.AuditAction).CountAsync();
            Assert.Equal(households.Count + residents.Count + lastYear.Count + payments.Count + thisYear.Count, audited);

            await AssertDemoRosterAsync(services, db, code, year, households, thisYear);
        }
    }

    /// <summary>One roster per county, uploaded and approved by its staff member; a waived member enrolled this year owes 0.00.</summary>
    private static async Task AssertDemoRosterAsync(
        TestServices services, AppDbContext db, string code, int year, List<Household> households, List<Enrollment> thisYear)
    {
        var demo = DemoRosters.ByTenant[code];
        var staff = $"{code}-staff";
        var roster = Assert.Single(await db.SubsidyRosters.ToListAsync());
        Assert.Equal((demo.FileName(year), year, RosterStatus.Reviewed, staff, staff), (roster.FileName, roster.Year, roster.Status, roster.UploadedBy, roster.DecidedBy));
        Assert.Equal(demo.Rows.Count, await db.RosterRows.CountAsync(r => r.RosterId == roster.Id && r.Outcome == RosterOutcome.Matched && r.Decision == RowDecision.Approved));

        var residents = households.SelectMany(h => h.Members.Select(m => (h.Number, m.Name, m.Id))).ToList();
        var certifications = await db.SubsidyCertifications.ToListAsync();
        Assert.Equal(
            demo.Rows.Select(r => (residents.Single(p => p.Number == r.Household && p.Name == r.Name).Id, r.Category, (DateOnly?)r.CertifiedOn)).Order(),
            certifications.Select(c => (c.ResidentId, c.Code, c.CertifiedOn)).Order());
        Assert.All(certifications, c => Assert.Equal((roster.Id, staff, (DateTimeOffset?)null), (c.RosterId, c.ApprovedBy, c.EndedAt)));
        Assert.Equal(certifications.Count, await db.AuditEntries.CountAsync(a => a.EntityType == nameof(SubsidyCertification) && a.UserName == staff));

        // The clerk's household page: the certified member enrolled this year owes nothing, the roster named beside them.
        var waived = certifications.Single(c => thisYear.Any(e => e.ResidentId == c.ResidentId));
        await using var clerk = await services.ScopeAsUserAsync($"{code}-clerk");
        var household = await clerk.Get<IMediator>().Send(new GetHousehold(waived.HouseholdId));
        var member = household.Members.Single(m => m.ResidentId == waived.ResidentId);
        Assert.Equal(0, member.Enrollment!.AmountDueFen);
        Assert.Contains(demo.FileName(year), Assert.Single(member.Certifications), StringComparison.Ordinal);
    }
}
