using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Tenancy;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Tenancy;

/// <summary>
/// Prior-year records (ADR 0072): an Admin starts a later installed profile, the current one is held beside it as the
/// previous year's, and renewal reads the payers of that year.
/// </summary>
public sealed class CampaignYearTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task An_admin_starts_a_later_year_and_the_current_one_is_kept_as_the_previous(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await AsLianyungang(world, "lianyungang-2008", previous: null);

        var before = await world.Send(world.Admin, new GetCampaignYears());
        Assert.Equal("lianyungang-2008", before.Current.Id);
        Assert.Null(before.Previous);
        Assert.Equal(["lianyungang-2020"], before.Startable.Select(p => p.Id));

        var started = await world.Send(world.Admin, new StartCampaignYear("lianyungang-2020"));
        Assert.Contains("2020", started.Message);
        var after = await world.Send(world.Admin, new GetCampaignYears());
        Assert.Equal("lianyungang-2020", after.Current.Id);
        Assert.Equal("lianyungang-2008", after.Previous?.Id);
        Assert.Empty(after.Startable);

        var audit = await world.Read(world.Admin, db => db.AuditEntries.SingleAsync(a => a.Action == nameof(StartCampaignYear)));
        Assert.Equal(AuditOperation.Modified, audit.Operation);
        Assert.Contains("lianyungang-2008", audit.Before);
        Assert.Contains("\"PreviousProfileId\":\"lianyungang-2008\"", audit.After);

        // Back to an earlier or the same year, or a profile of another county: refused, nothing changes.
        var back = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.Admin, new StartCampaignYear("lianyungang-2008")));
        Assert.Contains("晚于当前年度", back.Message);
        var foreign = await Assert.ThrowsAsync<AppException>(() => world.Send(world.Admin, new StartCampaignYear("youxi-2020")));
        Assert.Contains("youxi-2020", foreign.Message);
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.Admin, new StartCampaignYear("")));
        Assert.Equal("lianyungang-2020", await world.Read(world.Admin, db => db.Tenants.Select(t => t.CurrentProfileId).SingleAsync()));

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.CountyStaff, new StartCampaignYear("lianyungang-2020")));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new GetCampaignYears()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Renewal_reads_the_payers_of_the_previous_profiles_year_when_the_tenant_holds_one(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var of2008 = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "P2008");
        var of2019 = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "P2019");
        await world.Read(world.ClerkA, async db =>
        {
            foreach (var (reg, year, profile) in new[] { (of2008, 2008, "lianyungang-2008"), (of2019, 2019, "lianyungang-2019") })
            {
                db.Enrollments.Add(new Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = reg.ResidentId, HouseholdId = reg.HouseholdId, TownshipId = world.Chengguan,
                    Year = year, ProfileId = profile, Status = EnrollmentStatus.Paid,
                });
            }

            return await db.SaveChangesAsync();
        });

        // No previous profile held: the calendar year before.
        await AsLianyungang(world, "lianyungang-2020", previous: null);
        var calendar = await world.Send(world.ClerkA, new RenewEnrollments(TownshipId: world.Chengguan));
        Assert.Equal(1, calendar.Renewed);
        Assert.Equal(of2019.ResidentId, await world.Read(world.ClerkA, db => db.Enrollments.Where(e => e.Year == 2020).Select(e => e.ResidentId).SingleAsync()));

        // Holding lianyungang-2008 as the previous profile: its payers.
        await AsLianyungang(world, "lianyungang-2020", previous: "lianyungang-2008");
        var held = await world.Send(world.ClerkA, new RenewEnrollments(TownshipId: world.Chengguan));
        Assert.Equal(1, held.Renewed);
        Assert.Equal(2, await world.Read(world.ClerkA, db => db.Enrollments.CountAsync(e => e.Year == 2020)));
        Assert.True(await world.Read(world.ClerkA, db => db.Enrollments.AnyAsync(e => e.Year == 2020 && e.ResidentId == of2008.ResidentId)));
    }

    private static Task AsLianyungang(ClerkWorld world, string current, string? previous) =>
        world.Read(world.Admin, async db =>
        {
            var tenant = await db.Tenants.SingleAsync();
            (tenant.Code, tenant.CurrentProfileId, tenant.PreviousProfileId) = ("lianyungang", current, previous);
            return await db.SaveChangesAsync();
        });
}
