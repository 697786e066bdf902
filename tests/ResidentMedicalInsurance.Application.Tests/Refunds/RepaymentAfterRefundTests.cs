using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Refunds;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Refunds;

/// <summary>ADR 0036: a refund that ends the enrolment allows a new enrolment and payment; one that keeps it keeps its payment.</summary>
public sealed class RepaymentAfterRefundTests
{
    private static async Task<(ResidentRegistration Registration, Guid EnrollmentId, Guid RefundId)> PaidAndRefunded(
        ClerkWorld world, RefundReason reason)
    {
        var (registration, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-FIRST"));
        world.Clock.Now = world.Clock.Now.AddDays(10);
        var requested = await world.Send(world.ClerkA, new RequestRefund(enrollment.EnrollmentId, reason, world.Clock.Today, false, null));
        await world.Send(world.CountyStaff, new DecideRefund(requested.RefundId, true, "核实"));
        return (registration, enrollment.EnrollmentId, requested.RefundId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task After_a_refund_that_ends_the_enrolment_the_resident_can_enrol_and_pay_again(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, endedId, _) = await PaidAndRefunded(world, RefundReason.Erroneous);

        var again = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        var paid = await world.Send(world.ClerkA, People.Payment(again.EnrollmentId, "V-SECOND") with
        {
            PaidAt = new DateTimeOffset(2019, 11, 25, 9, 0, 0, TimeSpan.FromHours(8)),
        });
        var twice = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        var household = await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId));

        Assert.False(again.AlreadyEnrolled);
        Assert.NotEqual(endedId, again.EnrollmentId);
        Assert.False(paid.AlreadyRecorded);
        Assert.True(twice.AlreadyEnrolled);
        Assert.Equal(again.EnrollmentId, twice.EnrollmentId);
        var enrollments = await world.Read(world.ClerkA, db => db.Enrollments.OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([EnrollmentStatus.Ended, EnrollmentStatus.Paid], enrollments.Select(e => e.Status));
        Assert.Equal(2, await world.CountAll<Payment>());
        var summary = Assert.Single(household.Members).Enrollment!;
        Assert.Equal(again.EnrollmentId, summary.EnrollmentId);
        Assert.Equal(paid.PaymentId, summary.PaymentId);
        Assert.Equal("250.00 元", summary.AmountDueText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task After_a_duplicate_refund_the_enrolment_keeps_its_payment_and_takes_no_second_one(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, enrollmentId, _) = await PaidAndRefunded(world, RefundReason.Duplicate);

        var again = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));
        var second = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, People.Payment(enrollmentId, "V-SECOND")));

        Assert.True(again.AlreadyEnrolled);
        Assert.Equal(enrollmentId, again.EnrollmentId);
        Assert.Contains("不能重复缴费", second.Message);
        var enrollment = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync());
        Assert.Equal(EnrollmentStatus.Paid, enrollment.Status);
        var payment = await world.Read(world.ClerkA, db => db.Payments.SingleAsync());
        Assert.Equal("V-FIRST", payment.Voucher);
        var household = await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId));
        Assert.Equal(payment.Id, Assert.Single(household.Members).Enrollment!.PaymentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_database_allows_one_live_enrolment_per_year_besides_ended_ones(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, endedId, _) = await PaidAndRefunded(world, RefundReason.Erroneous);
        var again = await world.Send(world.ClerkA, new EnrollResident(registration.ResidentId, new EnrollmentInput()));

        // A second live enrolment written past the handler is refused by the filtered unique index.
        var clash = await Assert.ThrowsAnyAsync<DbUpdateException>(() => world.Read(world.ClerkA, async db =>
        {
            var copy = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == again.EnrollmentId);
            copy.Id = Guid.CreateVersion7();
            db.Enrollments.Add(copy);
            return await db.SaveChangesAsync();
        }));

        // A second ended one is fine.
        var ended = await world.Read(world.ClerkA, async db =>
        {
            var copy = await db.Enrollments.AsNoTracking().SingleAsync(e => e.Id == endedId);
            copy.Id = Guid.CreateVersion7();
            db.Enrollments.Add(copy);
            return await db.SaveChangesAsync();
        });

        Assert.NotNull(clash);
        Assert.Equal(1, ended);
        Assert.Equal(3, await world.CountAll<Enrollment>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_queue_names_the_resident_so_staff_can_reveal_the_id_number_with_an_audit_entry(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-FIRST"));
        await world.Send(world.ClerkA, new RequestRefund(enrollment.EnrollmentId, RefundReason.Erroneous, world.Clock.Today, false, null));

        var item = Assert.Single((await world.Send(world.CountyStaff, new ListRefunds())).Items);
        var revealed = await world.Send(world.CountyStaff, new RevealIdNumber(item.ResidentId, Domain.Auditing.RevealPurpose.Refund));

        Assert.Equal(registration.ResidentId, item.ResidentId);
        Assert.Contains("********", item.MaskedIdNumber);
        Assert.Equal(item.MaskedIdNumber[..6], revealed.IdNumber[..6]);
        Assert.Equal(item.MaskedIdNumber[^4..], revealed.IdNumber[^4..]);
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.Operation == AuditOperation.Revealed).ToListAsync());
        Assert.Equal(registration.ResidentId, Assert.Single(audit).EntityId);
    }
}
