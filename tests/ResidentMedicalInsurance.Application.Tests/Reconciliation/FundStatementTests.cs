using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Reconciliation;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Reconciliation;

/// <summary>对账单 (issue 11): a period's persons and money by channel, its differences, its sign-off, and the period closed after it.</summary>
public sealed class FundStatementTests
{
    private static readonly DateOnly NormalPeriod = new(2019, 9, 1);
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_normal_period_balances_by_channel_lists_its_differences_and_once_signed_off_refuses_counter_payments_dated_inside_it(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (counter, _) = await Enrolled(world, "H1", "甲", 1970);
        var (_, taxId) = await Enrolled(world, "H2", "乙", 1971);
        var (late, _) = await Enrolled(world, "H3", "丙", 1972);
        var (_, mismatchId) = await Enrolled(world, "H4", "丁", 1973);
        await world.Send(world.ClerkA, People.Payment(counter.EnrollmentId, "W-1"));
        var unknown = People.IdNumber(new DateOnly(1980, 5, 6));
        await ImportAndApply(world,
            $"{taxId},乙,2020,250,2019-11-12 10:00,银行,T-1,尤溪县税务局",
            $"{mismatchId},丁,2020,100,2019-11-12 11:00,银行,T-2,尤溪县税务局",
            $"{unknown},戊,2020,250,2019-11-13,银行,T-3,尤溪县税务局");

        var statement = await world.Send(world.Supervisor, new GetFundStatement(NormalPeriod));

        Assert.Equal(("正常缴费期", new DateOnly(2019, 12, 31), false), (statement.Period.Name, statement.Period.End, statement.AsSigned));
        var f = statement.Figures;
        Assert.Equal((1, 250_00L), f.Group(CollectionGroup.Counter));
        Assert.Equal((1, 250_00L), f.Group(CollectionGroup.TaxFile));
        Assert.Equal((0, 0L), f.Group(CollectionGroup.Department));
        Assert.Equal((2, 500_00L, 500_00L), (f.Persons, f.AmountFen, f.NetFen));
        Assert.Equal(f.AmountFen, f.Group(CollectionGroup.Counter).AmountFen + f.Group(CollectionGroup.TaxFile).AmountFen + f.Group(CollectionGroup.Department).AmountFen);
        Assert.Equal(["wechat", "tax-file"], f.Channels.Select(c => c.Channel));
        Assert.Equal(1, f.Differences[DifferenceKind.AmountDifference]);
        Assert.Equal(1, f.Differences[DifferenceKind.PaidNotEnrolled]);
        Assert.Equal(2, f.Differences[DifferenceKind.EnrolledNotPaid]);
        var mismatch = Assert.Single((await world.Send(world.CountyStaff, new ListStatementDifferences(NormalPeriod, DifferenceKind.AmountDifference))).Rows);
        Assert.Equal(("T-2", "城关镇"), (mismatch.Voucher, mismatch.Township));
        Assert.DoesNotContain(mismatchId, mismatch.MaskedIdNumber, StringComparison.Ordinal);
        var unpaid = await world.Send(world.CountyStaff, new ListStatementDifferences(NormalPeriod, DifferenceKind.EnrolledNotPaid, Take: 1));
        Assert.Equal((2, 1), (unpaid.Total, unpaid.Rows.Count));

        // Not before the period has ended, and only by county staff.
        var early = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new SignOffPeriod(NormalPeriod)));
        Assert.Contains("结束后才能审签", early.Message, StringComparison.Ordinal);
        world.Clock.Now = new DateTimeOffset(2020, 1, 6, 9, 0, 0, China);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, new SignOffPeriod(NormalPeriod)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new GetFundStatement(NormalPeriod)));
        await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new SignOffPeriod(new DateOnly(2020, 2, 1))));

        var signed = await world.Send(world.CountyStaff, new SignOffPeriod(NormalPeriod));

        Assert.Contains("已审签", signed, StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA,
            People.Payment(late.EnrollmentId, "W-LATE") with { PaidAt = new DateTimeOffset(2019, 12, 20, 9, 0, 0, China) }));
        Assert.Contains("已审签", refused.Message, StringComparison.Ordinal);
        await world.Send(world.ClerkA, People.Payment(late.EnrollmentId, "W-JAN") with { PaidAt = new DateTimeOffset(2020, 1, 5, 9, 0, 0, China) });

        var asSigned = await world.Send(world.CountyStaff, new GetFundStatement(NormalPeriod));
        var january = await world.Send(world.CountyStaff, new GetFundStatement(new DateOnly(2020, 1, 1)));
        Assert.Equal((true, SignOffStatus.SignedOff, 2, 500_00L), (asSigned.AsSigned, asSigned.Period.Status, asSigned.Figures.Persons, asSigned.Figures.AmountFen));
        Assert.Equal(2, asSigned.Figures.Differences[DifferenceKind.EnrolledNotPaid]); // as signed, though one has paid since
        Assert.Equal((1, 250_00L), (january.Figures.Persons, january.Figures.AmountFen));
        Assert.Equal("2020年2月1日", january.Period.TaxCheckByText);
        Assert.Equal("2020年7月10日", january.Period.FinanceByText);
        await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new SignOffPeriod(NormalPeriod)));

        await world.Send(world.CountyStaff, new SendPeriodToFinance(NormalPeriod));

        var periods = await world.Send(world.CountyStaff, new ListReconciliationPeriods());
        Assert.Equal(("已送财政", "未审签"), (periods[0].StatusText, periods[1].StatusText));
        Assert.Equal(13, periods.Count); // the normal period and the twelve months of 2020 (七(一)、七(二))
        await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new SendPeriodToFinance(NormalPeriod)));
        var other = await world.Send(world.OtherTenantCounty, new ListReconciliationPeriods());
        Assert.All(other, p => Assert.Equal("未审签", p.StatusText));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_statement_exports_its_lines_to_xlsx_rows_in_the_printed_order(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (counter, _) = await Enrolled(world, "H1", "甲", 1970);
        await world.Send(world.ClerkA, People.Payment(counter.EnrollmentId, "W-1"));

        var download = await world.Send(world.CountyStaff, new ExportFundStatement(NormalPeriod));
        var rows = new List<IReadOnlyList<object?>>();
        await foreach (var row in download.Rows)
        {
            rows.Add(row);
        }

        Assert.Equal("对账单-尤溪县-2020-正常缴费期.xlsx", download.FileName);
        Assert.Equal(["栏目", "项目", "人数", "金额（元）", "说明"], download.Headers);
        Assert.Contains(rows, r => (string?)r[1] == "福建税务微信公众号" && (int?)r[2] == 1 && (decimal?)r[3] == 250m);
        Assert.Contains(rows, r => (string?)r[1] == "本期征收合计" && (int?)r[2] == 1 && (decimal?)r[3] == 250m);
        Assert.Equal(5, rows.Count(r => (string?)r[0] == "差异清单"));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_paid_file_applied_after_the_sign_off_records_its_records_dated_in_the_closed_period_into_the_next_open_one(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (late, lateId) = await Enrolled(world, "H1", "甲", 1970);
        var (_, januaryId) = await Enrolled(world, "H2", "乙", 1971);
        world.Clock.Now = new DateTimeOffset(2020, 1, 20, 9, 0, 0, China);
        await world.Send(world.CountyStaff, new SignOffPeriod(NormalPeriod));

        await ImportAndApply(world,
            $"{lateId},甲,2020,250,2019-12-30 16:00,银行,T-LATE,尤溪县税务局",
            $"{januaryId},乙,2020,250,2020-01-15 09:00,银行,T-JAN,尤溪县税务局");

        var carried = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync(p => p.Voucher == "T-LATE"));
        var own = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync(p => p.Voucher == "T-JAN"));
        Assert.Equal((late.EnrollmentId, new DateOnly(2019, 12, 30), (DateOnly?)new DateOnly(2020, 1, 1)), (carried.EnrollmentId, carried.PaidOn, carried.CarriedToPeriod));
        Assert.Null(own.CarriedToPeriod);
        var january = await world.Send(world.CountyStaff, new GetFundStatement(new DateOnly(2020, 1, 1)));
        Assert.Equal((2, 500_00L), (january.Figures.Persons, january.Figures.AmountFen));
        Assert.Equal((1, 250_00L), (january.Figures.CarriedIn.Persons, january.Figures.CarriedIn.AmountFen));
        Assert.Equal(0, (await world.Send(world.CountyStaff, new GetFundStatement(NormalPeriod))).Figures.Persons);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_tax_payment_confirmed_after_its_period_was_signed_off_is_recorded_and_carried_into_the_next_open_period(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1975, 4, 4));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H9", "庚", id);
        await ImportAndApply(world, $"{id},庚,2020,250,2019-11-20 10:00,银行,T-9,尤溪县税务局");
        world.Clock.Now = new DateTimeOffset(2020, 1, 6, 9, 0, 0, China);
        await world.Send(world.CountyStaff, new SignOffPeriod(NormalPeriod));
        var waiting = Assert.Single(await world.Send(world.ClerkA, new ListPaidAwaitingEnrolment(reg.HouseholdId)));

        await world.Send(world.ClerkA, new EnrollFromPaidRecord(waiting.RecordId));

        var payment = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync());
        Assert.Equal((new DateOnly(2019, 11, 20), new DateOnly(2020, 1, 1)), (payment.PaidOn, payment.CarriedToPeriod));
        var january = await world.Send(world.CountyStaff, new GetFundStatement(new DateOnly(2020, 1, 1)));
        Assert.Equal((1, 250_00L), (january.Figures.CarriedIn.Persons, january.Figures.CarriedIn.AmountFen));
        Assert.Equal((1, 250_00L), january.Figures.Group(CollectionGroup.TaxFile));
        var normal = await world.Send(world.CountyStaff, new GetFundStatement(NormalPeriod));
        Assert.Equal((0, 1), (normal.Figures.Persons, normal.Figures.Differences[DifferenceKind.PaidNotEnrolled])); // as signed
    }

    private static async Task<(EnrollmentSaved Enrollment, string IdNumber)> Enrolled(ClerkWorld world, string number, string name, int born)
    {
        var id = People.IdNumber(new DateOnly(born, 2, 3));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, number, name, id);
        return (await world.Send(world.ClerkA, new EnrollResident(reg.ResidentId, new EnrollmentInput())), id);
    }

    private static async Task ImportAndApply(ClerkWorld world, params string[] lines)
    {
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n", ["身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关", .. lines]) + "\r\n");
        var staged = await world.Send(world.CountyStaff, new StagePaidFile { FileName = "已缴费信息.csv", Content = csv });
        await world.Run(world.CountyStaff, sp => sp.GetRequiredService<PaidFileImport>().RunAsync(staged.FileId, CancellationToken.None));
        await world.Send(world.CountyStaff, new ApplyPaidFile(staged.FileId));
    }
}
