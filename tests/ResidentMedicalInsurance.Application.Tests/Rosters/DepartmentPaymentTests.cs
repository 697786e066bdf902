using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Rosters;

/// <summary>部门代缴 as one batch, and 缴补分离's list of subsidies to pay back.</summary>
public sealed class DepartmentPaymentTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_department_batch_pays_every_waived_resident_of_its_list_once(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (_, first) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H1", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1));
        var (_, second) = await world.RegisterAndEnroll(world.ClerkB, world.Meixian, "H2", "yiliao-jiuzhu-2", new DateOnly(2019, 10, 1));
        var disabled = People.IdNumber(new DateOnly(1970, 3, 3));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H3", "残一", disabled);
        await world.Certify(disabled, "残一", "canji", new DateOnly(2019, 9, 1), "残联");
        var other = await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, new EnrollmentInput()));
        var (_, payer) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H4");

        var list = await world.Send(world.CountyStaff, new ListDepartmentPayments("民政局"));
        Assert.Equal(2, list.Total);
        Assert.Equal(500_00, list.AmountFen);
        Assert.Equal("医疗救助资金", Assert.Single(list.Funding).FundedBy);
        Assert.Equal(["民政局"], list.Departments.Where(d => d == "民政局"));
        Assert.Contains("残联", list.Departments);

        var batch = new RecordDepartmentPayment { Department = "民政局", BatchNumber = "MZ-2019-11", PaidAt = world.Clock.Now };
        var recorded = await world.Send(world.CountyStaff, batch);
        var again = await world.Send(world.CountyStaff, batch);

        Assert.Equal((false, 2, 500_00L), (recorded.AlreadyRecorded, recorded.Persons, recorded.AmountFen));
        Assert.True(again.AlreadyRecorded);
        var payments = await world.Read(world.CountyStaff, db => db.Payments.ToListAsync());
        Assert.Equal([first.EnrollmentId, second.EnrollmentId], payments.Select(p => p.EnrollmentId).Order());
        Assert.All(payments, p => Assert.Equal((PaymentChannels.DepartmentCode, 0L, 250_00L), (p.Channel, p.AmountFen, p.SubsidyFen)));
        Assert.All(payments, p => Assert.StartsWith("MZ-2019-11-", p.Voucher, StringComparison.Ordinal));
        var statuses = await world.Read(world.CountyStaff, db => db.Enrollments.ToDictionaryAsync(e => e.Id, e => e.Status));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, statuses[other.EnrollmentId]);
        Assert.Equal(EnrollmentStatus.AwaitingPayment, statuses[payer.EnrollmentId]);
        Assert.Equal(0, (await world.Send(world.CountyStaff, new ListDepartmentPayments("民政局"))).Total);

        var reused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, batch with { Department = "残联" }));
        Assert.Contains("民政局", reused.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, batch with { BatchNumber = "X1" }));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_department_list_export_carries_full_id_numbers_and_is_audited(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, _) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H1", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1));
        var idNumber = await world.Read(world.ClerkA, db => db.Residents.Where(r => r.Id == registration.ResidentId).Select(r => r.IdNumber).SingleAsync());

        var rows = await world.Run(world.CountyStaff, async sp =>
            await (await sp.GetRequiredService<MediatR.IMediator>().Send(new ExportDepartmentPayments("民政局"))).Rows.ToListAsync());

        var row = Assert.Single(rows);
        Assert.Equal(idNumber, row[2]);
        Assert.Equal(250m, row[7]);
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.SingleAsync(a => a.Action == nameof(ExportDepartmentPayments)));
        Assert.Equal(AuditOperation.Revealed, audit.Operation);
        Assert.Contains("1 人", audit.After);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Shiquan_reimbursed_subsidies_are_listed_per_funding_source_until_their_payout_is_recorded(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        world.Clock.Now = new DateTimeOffset(2020, 11, 10, 9, 0, 0, TimeSpan.FromHours(8));
        var id = People.IdNumber(new DateOnly(1962, 2, 2));
        var reg = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S1", "冯一", id);
        var roster = await world.Import(RosterFiles.Csv([$"冯一,{id},dibao,民政局,2020-08-01,,,,"]), year: 2021, staff: world.OtherTenantCounty);
        await world.Send(world.OtherTenantCounty, new ApproveRosterRows(roster.Roster.Id));
        var enrollment = await world.Send(world.OtherTenantClerk, new EnrollResident(reg.ResidentId, new EnrollmentInput()));
        Assert.Equal(280_00, enrollment.Quote.AmountDueFen);
        var paid = await world.Send(world.OtherTenantClerk, People.Payment(enrollment.EnrollmentId, "SQ1", 280_00, "rural-bank") with { PaidAt = world.Clock.Now });

        var open = await world.Send(world.OtherTenantCounty, new ListReimbursements(PaidOut: false));
        Assert.Equal("120.00 元", Assert.Single(open.Items).AmountText);
        Assert.Equal(120_00, Assert.Single(open.Outstanding).AmountFen);
        await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.OtherTenantCounty, new RecordReimbursementPayout([paid.PaymentId], world.Clock.Today, "")));
        await world.Send(world.OtherTenantCounty, new RecordReimbursementPayout([paid.PaymentId], world.Clock.Today, "CZ-001"));
        var twice = await world.Send(world.OtherTenantCounty, new RecordReimbursementPayout([paid.PaymentId], world.Clock.Today, "CZ-001"));

        Assert.Contains("0 笔", twice);
        Assert.Empty((await world.Send(world.OtherTenantCounty, new ListReimbursements(PaidOut: false))).Items);
        Assert.Contains("CZ-001", Assert.Single((await world.Send(world.OtherTenantCounty, new ListReimbursements(PaidOut: true))).Items).PaidOutText);
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff, new RecordReimbursementPayout([paid.PaymentId], world.Clock.Today, "X")));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.OtherTenantClerk, new RecordReimbursementPayout([paid.PaymentId], world.Clock.Today, "X")));
    }
}
