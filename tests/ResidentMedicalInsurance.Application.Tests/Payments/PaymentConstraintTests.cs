using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>The database itself refuses a second payment, whatever a handler does (the last line of defence).</summary>
public sealed class PaymentConstraintTests
{
    private static Payment Row(Guid enrollmentId, Guid householdId, Guid residentId, string voucher) => new()
    {
        Id = Guid.CreateVersion7(), EnrollmentId = enrollmentId, HouseholdId = householdId, ResidentId = residentId,
        Channel = "wechat", Voucher = voucher, AmountFen = 250_00, PaidAt = DateTimeOffset.UtcNow, RecordedAt = DateTimeOffset.UtcNow,
        BenefitStart = new DateOnly(2020, 1, 1), BenefitEnd = new DateOnly(2020, 12, 31),
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_second_payment_row_for_an_enrolment_or_a_voucher_is_refused_by_unique_indexes(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg1, e1) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var (reg2, e2) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H002");
        await world.Read(world.ClerkA, db =>
        {
            db.Payments.Add(Row(e1.EnrollmentId, reg1.HouseholdId, reg1.ResidentId, "U-1"));
            return db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => world.Read(world.ClerkA, db =>
        {
            db.Payments.Add(Row(e1.EnrollmentId, reg1.HouseholdId, reg1.ResidentId, "U-2"));
            return db.SaveChangesAsync();
        }));
        await Assert.ThrowsAsync<DbUpdateException>(() => world.Read(world.ClerkA, db =>
        {
            db.Payments.Add(Row(e2.EnrollmentId, reg2.HouseholdId, reg2.ResidentId, "U-1"));
            return db.SaveChangesAsync();
        }));
        Assert.Equal(1, await world.CountAll<Payment>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_stale_enrolment_update_is_refused_by_the_concurrency_token(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => world.Read(world.ClerkA, async db =>
        {
            var stale = await db.Enrollments.SingleAsync();
            await world.Read(world.ClerkA, async other =>
            {
                var fresh = await other.Enrollments.SingleAsync();
                fresh.Status = EnrollmentStatus.Paid;
                fresh.Version++;
                return await other.SaveChangesAsync();
            });
            stale.Status = EnrollmentStatus.Ended;
            stale.Version++;
            return await db.SaveChangesAsync();
        }));
    }
}
