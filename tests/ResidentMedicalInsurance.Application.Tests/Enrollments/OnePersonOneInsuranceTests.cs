using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

/// <summary>
/// 一人一保 (Shiquan 六(一)2, ADR 0067): an ID number enrolled for the year in one county of the deployment cannot be enrolled
/// for the same year in another; the second county's clerk learns that and nothing else. An enrolment ended by a refund
/// does not block.
/// </summary>
public sealed class OnePersonOneInsuranceTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_resident_enrolled_in_one_county_this_year_is_refused_in_another_with_nothing_else_revealed(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1985, 5, 5));
        var youxi = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "Y1", "林一", id);
        var enrolled = await world.Send(world.ClerkA, new EnrollResident(youxi.ResidentId, new EnrollmentInput()));

        // The other county, registering the same person, works for the same year (a 2020 profile).
        var other = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S1", "林一", id);
        await world.Read(world.OtherTenantCounty, async db =>
        {
            (await db.Tenants.SingleAsync()).CurrentProfileId = "haimen-2020";
            return await db.SaveChangesAsync();
        });

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.OtherTenantClerk, new EnrollResident(other.ResidentId, new EnrollmentInput())));
        Assert.Contains("一人一保", refused.Message);
        Assert.DoesNotContain("尤溪", refused.Message);
        Assert.DoesNotContain("城关", refused.Message);
        Assert.Equal(1, await world.CountAll<Enrollment>());

        // Refunded in Youxi (the enrolment ends): the other county may enrol the resident.
        await world.Send(world.ClerkA, People.Payment(enrolled.EnrollmentId, "V1"));
        var refund = await world.Send(world.ClerkA, new RequestRefund(enrolled.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null));
        await world.Send(world.CountyStaff, new DecideRefund(refund.RefundId, true, null));
        var second = await world.Send(world.OtherTenantClerk, new EnrollResident(other.ResidentId, new EnrollmentInput()));
        Assert.False(second.AlreadyEnrolled);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Renewal_skips_a_payer_of_last_year_who_is_enrolled_elsewhere_this_year(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var moved = People.IdNumber(new DateOnly(1975, 3, 3));
        var stayed = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "R1", "林留");
        var left = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "R2", "林走", moved);
        await world.Read(world.ClerkA, async db =>
        {
            foreach (var reg in new[] { stayed, left })
            {
                db.Enrollments.Add(new Enrollment
                {
                    Id = Guid.CreateVersion7(), ResidentId = reg.ResidentId, HouseholdId = reg.HouseholdId, TownshipId = world.Chengguan,
                    Year = 2019, ProfileId = "youxi-2019", Status = EnrollmentStatus.Paid,
                });
            }

            return await db.SaveChangesAsync();
        });

        // This year the second payer enrolled in the other county (a 2020 profile there too).
        await world.Read(world.OtherTenantCounty, async db =>
        {
            (await db.Tenants.SingleAsync()).CurrentProfileId = "haimen-2020";
            return await db.SaveChangesAsync();
        });
        var there = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S9", "林走", moved);
        await world.Send(world.OtherTenantClerk, new EnrollResident(there.ResidentId, new EnrollmentInput()));

        var renewal = await world.Send(world.ClerkA, new RenewEnrollments(TownshipId: world.Chengguan));

        Assert.Equal(1, renewal.Renewed);
        var skip = Assert.Single(renewal.Skipped);
        Assert.Equal(left.ResidentId, skip.ResidentId);
        Assert.Contains("一人一保", skip.Reason);
        Assert.DoesNotContain("石泉", skip.Reason);
        Assert.DoesNotContain("海门", skip.Reason);
        Assert.False(await world.Read(world.ClerkA, db => db.Enrollments.AnyAsync(e => e.Year == 2020 && e.ResidentId == left.ResidentId)));
    }
}
