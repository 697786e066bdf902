using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Tax;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Tax;

/// <summary>已缴费信息 in (issue 11): every outcome, 入账 in one transaction, and a second import of the same file recording nothing.</summary>
public sealed class PaidFileTests
{
    private const string Header = "身份证号,姓名,缴费年度,缴费金额,缴费时间,缴费渠道,电子税票号,征收机关";

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Every_outcome_then_applying_records_payments_and_duplicates_and_a_second_import_records_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (a, aId) = await Enrolled(world, "H1", "甲");
        var (b, bId) = await Enrolled(world, "H2", "乙");
        await world.Send(world.ClerkA, People.Payment(b.EnrollmentId, "COUNTER-1"));
        var (g, gId) = await Enrolled(world, "H3", "庚");
        var cId = People.IdNumber(new DateOnly(1975, 1, 1));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H4", "丙", cId);
        var unknown = People.IdNumber(new DateOnly(1976, 1, 1));
        var lines = new[]
        {
            $"{aId},甲,2020,250.00,2019-11-10 09:00:00,微信,T0001,尤溪县税务局",
            $"{bId},乙,2020,250,2019-11-11 10:00,银行,T0002,尤溪县税务局",
            $"{cId},丙,2020,250,2019-11-11,银行,T0003,",
            $"{unknown},丁,2020,250,2019-11-11,银行,T0004,",
            $"35042619800101123X,戊,2020,250,2019-11-11,银行,T0005,",
            $"{aId},甲,2019,250,2019-11-11,银行,T0006,",
            $"{gId},庚,2020,100,2019-11-11,银行,T0007,",
            $"{aId},甲,2020,250.00,2019-11-10 09:00:00,微信,T0001,尤溪县税务局",
        };

        var first = await Import(world, lines);

        Assert.Equal(PaidFileStatus.Ready, first.Status);
        Assert.Equal((1, 1, 1, 1, 1, 1, 1, 1), (Count(first, PaidOutcome.Recorded), Count(first, PaidOutcome.DuplicatePayment), Count(first, PaidOutcome.NotEnrolled),
            Count(first, PaidOutcome.UnknownPerson), Count(first, PaidOutcome.InvalidId), Count(first, PaidOutcome.WrongYear), Count(first, PaidOutcome.AmountMismatch),
            Count(first, PaidOutcome.AlreadyRecorded)));
        var mismatch = Assert.Single((await world.Send(world.CountyStaff, new ListPaidRecords(first.Id, PaidOutcome.AmountMismatch))).Items);
        Assert.Equal("250.00 元", mismatch.ExpectedText);
        Assert.Equal(1, await world.CountAll<Domain.Payments.Payment>()); // nothing recorded before 入账

        var applied = await world.Send(world.CountyStaff, new ApplyPaidFile(first.Id));

        Assert.Equal((1, 1), (applied.Payments, applied.Refunds));
        var payment = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync(p => p.Channel == PaymentChannels.TaxFileCode));
        Assert.Equal((a.EnrollmentId, "T0001", 250_00L), (payment.EnrollmentId, payment.Voucher, payment.AmountFen));
        Assert.Equal(new DateOnly(2020, 1, 1), payment.BenefitStart);
        var refund = await world.Read(world.CountyStaff, db => db.Refunds.SingleAsync());
        Assert.Equal((b.EnrollmentId, RefundReason.Duplicate, RefundStatus.Pending, false), (refund.EnrollmentId, refund.Reason, refund.Status, refund.EndsEnrollment));
        Assert.Contains("T0002", refund.Note);
        var statuses = await world.Read(world.CountyStaff, db => db.Enrollments.ToDictionaryAsync(e => e.Id, e => e.Status));
        Assert.Equal((EnrollmentStatus.Paid, EnrollmentStatus.AwaitingPayment), (statuses[a.EnrollmentId], statuses[g.EnrollmentId]));
        await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new ApplyPaidFile(first.Id)));

        var again = await Import(world, lines);
        var reapplied = await world.Send(world.CountyStaff, new ApplyPaidFile(again.Id));

        Assert.Equal(3, Count(again, PaidOutcome.AlreadyRecorded));
        Assert.Equal((0, 0), (reapplied.Payments, reapplied.Refunds));
        Assert.Equal(2, await world.CountAll<Domain.Payments.Payment>());
        Assert.Equal(1, await world.CountAll<Refund>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_file_without_the_voucher_column_fails_and_an_import_stopped_mid_file_resumes_without_repeating_rows(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var failed = await Import(world, ["x"], header: "身份证号,姓名,缴费年度,缴费金额,缴费时间");
        Assert.Equal(PaidFileStatus.Failed, failed.Status);
        Assert.Contains("电子税票号", failed.Failure);
        Assert.Equal(0, await world.CountAll<PaidRecord>());

        var (a, aId) = await Enrolled(world, "H1", "甲");
        var content = Csv(Header, [$"{aId},甲,2020,250,2019-11-10,银行,R1,", $"{aId},甲,2020,250,2019-11-10,银行,R1,"]);
        var staged = await world.Send(world.CountyStaff, new StagePaidFile { FileName = "paid.csv", Content = content });
        await world.Send(world.CountyStaff, new StartPaidImport(staged.FileId));
        var firstRow = new TableRow(2, new Dictionary<string, string>
        {
            ["id"] = aId, ["name"] = "甲", ["year"] = "2020", ["amount"] = "250", ["paid-at"] = "2019-11-10", ["voucher"] = "R1",
        }, new HashSet<string>());
        await world.Send(world.CountyStaff, new ImportPaidRecords(staged.FileId, [firstRow], 0.5));
        await world.Run(world.CountyStaff, sp => sp.GetRequiredService<PaidFileImport>().RunAsync(staged.FileId, CancellationToken.None));

        var file = Assert.Single(await world.Send(world.CountyStaff, new ListPaidFiles()), f => f.Id == staged.FileId);
        Assert.Equal((2, 1, 1), (file.RowsTotal, Count(file, PaidOutcome.Recorded), Count(file, PaidOutcome.AlreadyRecorded)));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, await world.Read(world.CountyStaff, db => db.Enrollments.Where(e => e.Id == a.EnrollmentId).Select(e => e.Status).SingleAsync()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Clerks_cannot_import_paid_files_and_another_county_cannot_see_or_apply_them(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var file = await Import(world, [$"{People.IdNumber(new DateOnly(1970, 1, 1))},甲,2020,250,2019-11-10,银行,Z1,"]);

        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new StagePaidFile { FileName = "p.csv", Content = [1] }));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new ApplyPaidFile(file.Id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.ClerkA, new QueuePaidFileApply(file.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new ApplyPaidFile(file.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new QueuePaidFileApply(file.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new FailPaidFileApply(file.Id, "x")));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new ListPaidRecords(file.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new CancelPaidImport(file.Id)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new ImportPaidRecords(file.Id, [], 1)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantCounty, new FinishPaidImport(file.Id, null)));
        Assert.Null(await world.Send(world.OtherTenantCounty, new StartPaidImport(file.Id)));
        Assert.Empty(await world.Send(world.OtherTenantCounty, new ListPaidFiles()));
        Assert.Equal(PaidFileStatus.Ready, Assert.Single(await world.Send(world.CountyStaff, new ListPaidFiles())).Status);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_not_enrolled_payer_is_enrolled_and_recorded_only_when_their_townships_clerk_confirms(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1977, 7, 7));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H9", "未登", id);
        var file = await Import(world, [$"{id},未登,2020,250,2019-11-12 09:00,银行,N0001,"]);
        Assert.Equal(1, Count(file, PaidOutcome.NotEnrolled));
        Assert.Empty(await world.Send(world.ClerkA, new ListPaidAwaitingEnrolment(reg.HouseholdId))); // not before 入账
        await world.Send(world.CountyStaff, new ApplyPaidFile(file.Id));
        Assert.Equal(0, await world.CountAll<Enrollment>());

        var waiting = Assert.Single(await world.Send(world.ClerkA, new ListPaidAwaitingEnrolment(reg.HouseholdId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new EnrollFromPaidRecord(waiting.RecordId)));
        var done = await world.Send(world.ClerkA, new EnrollFromPaidRecord(waiting.RecordId));
        var again = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new EnrollFromPaidRecord(waiting.RecordId)));

        Assert.Contains("未登", done);
        Assert.Contains("不在等待", again.Message);
        var payment = await world.Read(world.ClerkA, db => db.Payments.SingleAsync());
        Assert.Equal((PaymentChannels.TaxFileCode, "N0001", 250_00L), (payment.Channel, payment.Voucher, payment.AmountFen));
        Assert.Equal(EnrollmentStatus.Paid, await world.Read(world.ClerkA, db => db.Enrollments.Select(e => e.Status).SingleAsync()));
        Assert.Empty(await world.Send(world.ClerkA, new ListPaidAwaitingEnrolment(reg.HouseholdId)));
    }

    internal static IEnumerable<string> CoveredRequests =>
    [
        nameof(StagePaidFile), nameof(ApplyPaidFile), nameof(ListPaidRecords), nameof(CancelPaidImport), nameof(ImportPaidRecords),
        nameof(FinishPaidImport), nameof(StartPaidImport), nameof(EnrollFromPaidRecord), nameof(ListPaidAwaitingEnrolment),
        nameof(QueuePaidFileApply), nameof(FailPaidFileApply),
    ];

    internal static async Task<(Features.Enrollments.EnrollmentSaved Enrollment, string IdNumber)> Enrolled(ClerkWorld world, string number, string name)
    {
        var id = People.IdNumber(new DateOnly(1970, 2, 3));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, number, name, id);
        return (await world.Send(world.ClerkA, new Features.Enrollments.EnrollResident(reg.ResidentId, new Features.Enrollments.EnrollmentInput())), id);
    }

    /// <summary>Stages the paid file of these lines as county staff and runs its import job (matching, nothing recorded yet).</summary>
    internal static async Task<PaidFileSummary> Import(ClerkWorld world, IEnumerable<string> lines, string header = Header)
    {
        var staged = await world.Send(world.CountyStaff, new StagePaidFile { FileName = "已缴费信息.csv", Content = Csv(header, lines) });
        await world.Run(world.CountyStaff, sp => sp.GetRequiredService<PaidFileImport>().RunAsync(staged.FileId, CancellationToken.None));
        return (await world.Send(world.CountyStaff, new ListPaidFiles())).Single(f => f.Id == staged.FileId);
    }

    private static byte[] Csv(string header, IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", [header, .. lines]) + "\r\n");

    internal static int Count(PaidFileSummary file, PaidOutcome outcome) => file.Outcomes.Single(o => o.Outcome == outcome).Count;
}
