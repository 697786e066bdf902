using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Households;

/// <summary>死亡、迁出或离户登记 and 撤销登记 (issue 12, ADR 0049).</summary>
public sealed class CorrectionTests
{
    private static Task<ResidentRegistration> AddChild(ClerkWorld world, Guid household, string name, int year) =>
        world.Send(world.ClerkA, new AddHouseholdMember(household, People.Person(name, People.IdNumber(new DateOnly(year, 3, 4)), Relationship.Child)));

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_edit_form_reads_the_details_with_the_id_number_masked_and_saves_them_with_the_number_unchanged(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var head = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var child = await AddChild(world, head.HouseholdId, "张小", 2001);

        var idNumber = await world.Read(world.ClerkA, db => db.Residents.Where(r => r.Id == child.ResidentId).Select(r => r.IdNumber).SingleAsync());
        var form = await world.Send(world.ClerkA, new GetResidentForEdit(child.ResidentId));
        await world.Send(world.ClerkA, new UpdateResident(child.ResidentId, form.Details with { Name = "张晓", Relationship = Relationship.Grandchild, Phone = "13800000000" }));

        Assert.False(form.IsHead);
        Assert.Equal("", form.Details.IdNumber);
        Assert.Contains("********", form.MaskedIdNumber);
        Assert.Equal("张小", form.Details.Name);
        var saved = await world.Read(world.ClerkA, db => db.Residents.SingleAsync(r => r.Id == child.ResidentId));
        Assert.Equal(("张晓", Relationship.Grandchild, "13800000000"), (saved.Name, saved.Relationship, saved.Phone));
        Assert.Equal(idNumber, saved.IdNumber);
        Assert.Contains(await world.Read(world.CountyStaff, db => db.AuditEntries.Select(a => a.Action).ToListAsync()), a => a == "UpdateResident");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_death_is_recorded_once_and_ends_the_enrolment_awaiting_payment(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        var marked = await world.Send(world.ClerkA, new MarkResidentDeparted(reg.ResidentId, DepartureReason.Death, world.Clock.Today));
        var twice = await Assert.ThrowsAsync<DomainException>(() =>
            world.Send(world.ClerkA, new MarkResidentDeparted(reg.ResidentId, DepartureReason.MovedOut, world.Clock.Today)));
        var future = await Assert.ThrowsAsync<InputValidationException>(() =>
            world.Send(world.ClerkA, new MarkResidentDeparted(reg.ResidentId, DepartureReason.Death, world.Clock.Today.AddDays(1))));

        Assert.Contains("死亡", marked.Message);
        Assert.Contains("未缴费的参保登记已终止", marked.Message);
        Assert.Null(marked.Refund);
        Assert.Contains("不能再次登记", twice.Message);
        Assert.Contains("不能晚于今天", future.Message);
        var resident = await world.Read(world.ClerkA, db => db.Residents.SingleAsync());
        Assert.Equal(DepartureReason.Death, resident.Departure);
        Assert.Equal(world.Clock.Today, resident.DepartedOn);
        Assert.StartsWith("死亡（", Assert.Single((await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId))).Members).DepartureText);
        var ended = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync(e => e.Id == enrollment.EnrollmentId));
        Assert.Equal(EnrollmentStatus.Ended, ended.Status);
        var log = await world.Send(world.CountyStaff, new Features.Auditing.GetHouseholdAudit(reg.HouseholdId));
        var departure = Assert.Single(log, e => e.Action == "MarkResidentDeparted" && e.EntityType == "Resident");
        Assert.Equal("死亡、迁出或离户登记", departure.ActionText);
        Assert.Contains(departure.Changes, c => c.FieldText == "变动原因" && c.After == "死亡");
        var again = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, new EnrollmentInput())));
        Assert.Contains("已登记死亡", again.Message);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_death_after_payment_that_the_policy_does_not_refund_ends_the_paid_enrolment_without_a_refund(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-1"));

        var marked = await world.Send(world.ClerkA, new MarkResidentDeparted(reg.ResidentId, DepartureReason.Death, world.Clock.Today));

        Assert.Contains("按政策不予退费", marked.Message);
        Assert.Null(marked.Refund);
        Assert.Equal(EnrollmentStatus.Ended, (await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync())).Status);
        Assert.Equal(0, await world.CountAll<Domain.Refunds.Refund>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_death_before_the_benefits_begin_keeps_the_paid_enrolment_for_the_refund_the_policy_allows(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("lianyungang-2020", new DateTimeOffset(2019, 11, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var (reg, enrollment) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "L001");
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-L1", 260_00));

        var marked = await world.Send(world.ClerkA, new MarkResidentDeparted(reg.ResidentId, DepartureReason.Death, world.Clock.Today));

        Assert.Equal(new RefundToRequest(enrollment.EnrollmentId, Domain.Refunds.RefundReason.Death, world.Clock.Today), marked.Refund);
        Assert.Contains("按政策可申请退费 260.00 元", marked.Message);
        Assert.Equal(EnrollmentStatus.Paid, (await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync())).Status);
        Assert.Equal(0, await world.CountAll<Domain.Refunds.Refund>());
        var requested = await world.Send(world.ClerkA, new Features.Refunds.RequestRefund(enrollment.EnrollmentId, Domain.Refunds.RefundReason.Death, world.Clock.Today, false, null));
        Assert.Equal(260_00, requested.AmountFen);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_who_leaves_the_household_keeps_a_paid_enrolment_and_the_head_cannot_leave(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var head = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var child = await AddChild(world, head.HouseholdId, "张小", 2001);
        var enrollment = await world.Send(world.ClerkA, new EnrollResident(child.ResidentId, new EnrollmentInput()));
        await world.Send(world.ClerkA, People.Payment(enrollment.EnrollmentId, "V-2"));

        var marked = await world.Send(world.ClerkA, new MarkResidentDeparted(child.ResidentId, DepartureReason.LeftHousehold, world.Clock.Today));
        var headLeaves = await Assert.ThrowsAsync<AppException>(() =>
            world.Send(world.ClerkA, new MarkResidentDeparted(head.ResidentId, DepartureReason.LeftHousehold, world.Clock.Today)));

        Assert.Contains("继续有效", marked.Message);
        Assert.Equal(EnrollmentStatus.Paid, (await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync())).Status);
        Assert.Contains("户主不能办理离户", headLeaves.Message);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_mistaken_member_is_withdrawn_while_unpaid_and_the_audit_keeps_the_removed_rows(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var head = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var mistaken = await AddChild(world, head.HouseholdId, "错登", 2003);
        await world.Send(world.ClerkA, new EnrollResident(mistaken.ResidentId, new EnrollmentInput()));
        var paidChild = await AddChild(world, head.HouseholdId, "已缴", 2004);
        var paid = await world.Send(world.ClerkA, new EnrollResident(paidChild.ResidentId, new EnrollmentInput()));
        await world.Send(world.ClerkA, People.Payment(paid.EnrollmentId, "V-3"));

        var withdrawn = await world.Send(world.ClerkA, new WithdrawRegistration(mistaken.ResidentId));
        var refusedPaid = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new WithdrawRegistration(paidChild.ResidentId)));
        var refusedHead = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new WithdrawRegistration(head.ResidentId)));

        Assert.False(withdrawn.HouseholdRemoved);
        Assert.Contains("已撤销 错登 的登记", withdrawn.Message);
        Assert.Contains("已有缴费记录", refusedPaid.Message);
        Assert.Contains("户主不能单独撤销", refusedHead.Message);
        Assert.Equal(2, await world.CountAll<Resident>());
        Assert.Equal(1, await world.CountAll<Enrollment>());
        var removed = await world.Read(world.CountyStaff, db => db.AuditEntries
            .Where(a => a.Action == "WithdrawRegistration" && a.Operation == AuditOperation.Deleted).Select(a => a.EntityType).ToListAsync());
        Assert.Equal(["Enrollment", "Resident"], removed.Order());
        Assert.True(await world.Read(world.CountyStaff, db => db.AuditEntries.AnyAsync(a => a.EntityId == mistaken.ResidentId && a.Action == "AddHouseholdMember")));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_head_registered_alone_by_mistake_takes_the_household_with_them(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg, _) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        var withdrawn = await world.Send(world.ClerkA, new WithdrawRegistration(reg.ResidentId));

        Assert.True(withdrawn.HouseholdRemoved);
        Assert.Contains("已撤销户 H001 的登记", withdrawn.Message);
        Assert.Equal(0, await world.CountAll<Household>());
        Assert.Equal(0, await world.CountAll<Resident>());
        Assert.Equal(0, await world.CountAll<Enrollment>());
        var again = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        Assert.False(again.AlreadyRegistered);
    }
}
