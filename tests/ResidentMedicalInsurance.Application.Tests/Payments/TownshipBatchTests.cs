using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Payments;

/// <summary>村居批量代缴 (尤政办〔2019〕45号 六(一)2): a township clerk's batch for a list of residents, idempotent on the batch (ADR 0058).</summary>
public sealed class TownshipBatchTests
{

    private static RecordTownshipBatch Batch(Guid township, string number, long amountFen, IReadOnlyList<Guid>? ticked = null, string? pasted = null) => new()
    {
        TownshipId = township,
        EnrollmentIds = ticked ?? [],
        IdNumbers = pasted,
        Channel = "e-tax",
        Voucher = number,
        PaidAt = Families.PaidAt,
        AmountFen = amountFen,
    };

    /// <summary>Two households of 城东村 and one of 西门村 in 城关镇, everybody enrolled.</summary>
    private static async Task<(Families.Family East1, Families.Family East2, Families.Family West)> Chengguan(ClerkWorld world) => (
        await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈一", "陈二"),
        await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H200", "城东村", "林一"),
        await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H300", "西门村", "黄一", "黄二"));

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_township_batch_of_ticked_and_pasted_residents_is_recorded_in_one_batch_with_its_list(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, east2, west) = await Chengguan(world);

        // The 待缴费 list: paged, searched by village, name or the ID number's last digits.
        var all = await world.Send(world.ClerkA, new ListTownshipDue(world.Chengguan, null, Families.PaidOn, Take: 2));
        Assert.Equal((5, 2), (all.Total, all.Items.Count));
        var east = await world.Send(world.ClerkA, new ListTownshipDue(world.Chengguan, "城东", Families.PaidOn));
        Assert.Equal(["陈一", "陈二", "林一"], east.Items.Select(i => i.Name));
        Assert.All(east.Items, i => Assert.Equal("250.00 元", i.AmountText));
        Assert.Equal("黄二", Assert.Single((await world.Send(world.ClerkA, new ListTownshipDue(world.Chengguan, west.Members[1].IdNumber[^6..], Families.PaidOn))).Items).Name);
        var selection = await world.Send(world.ClerkA, new SelectTownshipDue(world.Chengguan, "城东", Families.PaidOn));
        Assert.Equal(east.Items.Select(i => i.EnrollmentId).Order(), selection.EnrollmentIds.Order());

        // Ticks from the list and one pasted number; the sum is shown before saving.
        var pasted = $"  {west.Members[0].IdNumber}\n";
        var preview = await world.Send(world.ClerkA, new PreviewTownshipBatch(world.Chengguan, selection.EnrollmentIds, pasted, Families.PaidOn));
        Assert.Empty(preview.Problems);
        Assert.Equal((4, 1000_00L, "1,000.00 元"), (preview.Persons, preview.SumFen, preview.SumText));

        var recorded = await world.Send(world.ClerkA, Batch(world.Chengguan, "DZSWJ-20191115-01", 1000_00, selection.EnrollmentIds, pasted));

        Assert.False(recorded.AlreadyRecorded);
        Assert.Contains("批次号 DZSWJ-20191115-01，4 人，合计 1,000.00 元", recorded.Message);
        var batch = await world.Read(world.ClerkA, db => db.PaymentBatches.SingleAsync());
        Assert.Equal((PaymentBatchKind.Township, (Guid?)null, world.Chengguan, 4, 1000_00L, "e-tax"),
            (batch.Kind, batch.HouseholdId, batch.TownshipId, batch.Persons, batch.AmountFen, batch.Channel));
        var payments = await world.Read(world.ClerkA, db => db.Payments.ToListAsync());
        Assert.Equal(4, payments.Count);
        Assert.All(payments, p => Assert.Equal((batch.Id, "DZSWJ-20191115-01"), (p.BatchId!.Value, p.Voucher)));
        var statuses = await world.Read(world.ClerkA, db => db.Enrollments.ToDictionaryAsync(e => e.Id, e => e.Status));
        Assert.Equal(EnrollmentStatus.AwaitingPayment, statuses[west.Members[1].EnrollmentId]);
        Assert.Equal(4, statuses.Values.Count(s => s == EnrollmentStatus.Paid));
        Assert.Equal(4, await world.Read(world.CountyStaff, db => db.AuditEntries.CountAsync(a => a.Action == nameof(RecordTownshipBatch) && a.EntityType == nameof(Payment))));
        Assert.Equal(4, (await world.Send(world.ClerkA, new ListTownshipDue(world.Chengguan, null, Families.PaidOn))).Total + 3);

        // 批量代缴清单: township, number, date, each resident masked with the amount, total, clerk; and its xlsx.
        var list = await world.Send(world.ClerkA, new GetBatchList(batch.Id));
        Assert.Equal(("城关镇", "DZSWJ-20191115-01", "2019-11-15 09:30", "1,000.00 元", "clerk-chengguan"),
            (list.TownshipName, list.Voucher, list.PaidAtText, list.AmountText, list.RecordedBy));
        Assert.Equal(["陈一", "陈二", "林一", "黄一"], list.Lines.Select(l => l.Name));
        Assert.All(list.Lines, l => Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", l.MaskedIdNumber));
        Assert.Equal("电子税务局（村居批量代缴）", list.ChannelName);
        var export = await world.Send(world.ClerkA, new ExportBatchList(batch.Id));
        var rows = new List<IReadOnlyList<object?>>();
        await foreach (var row in export.Rows)
        {
            rows.Add(row);
        }

        Assert.Equal("批量代缴清单-城关镇-DZSWJ-20191115-01-2019-11-15.xlsx", export.FileName);
        Assert.Equal("身份证号（脱敏）", export.Headers[2]);
        Assert.Equal(5, rows.Count);
        Assert.All(rows.Take(4), r => Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", (string)r[2]!));
        Assert.Equal(("合计", "4 人", 1000m), ((string)rows[4][0]!, (string)rows[4][1]!, (decimal)rows[4][5]!));
        Assert.Equal("DZSWJ-20191115-01", Assert.Single(await world.Send(world.ClerkA, new ListPaymentBatches())).Voucher);
        Assert.Empty(await world.Send(world.ClerkB, new ListPaymentBatches()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_batch_again_records_nothing_new_and_the_same_number_with_another_list_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, east2, west) = await Chengguan(world);
        var first = await world.Send(world.ClerkA, Batch(world.Chengguan, "B-1", 750_00, east1.Enrollments, east2.Members[0].IdNumber));
        var audit = await world.CountAll<AuditEntry>();

        var again = await world.Send(world.ClerkA, Batch(world.Chengguan, "B-1", 750_00, east1.Enrollments, east2.Members[0].IdNumber));
        var pastedAgain = await world.Send(world.CountyStaff, Batch(world.Chengguan, "B-1", 750_00,
            pasted: string.Join("\n", east1.Members.Concat(east2.Members).Select(m => m.IdNumber))));
        var otherList = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-1", 500_00, west.Enrollments)));
        var fewer = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-1", 500_00, east1.Enrollments)));

        Assert.All(new[] { again, pastedAgain }, r => Assert.Equal((true, first.BatchId, 3, 750_00L), (r.AlreadyRecorded, r.BatchId, r.Persons, r.AmountFen)));
        Assert.Contains("批次号 B-1 已登记过（3 人，合计 750.00 元），本次未重复记录", again.Message);
        Assert.Contains("同一批次号不能登记不同的名单", otherList.Message);
        Assert.Contains("同一批次号不能登记不同的名单", fewer.Message);
        Assert.Equal((1, 3, audit), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>(), await world.CountAll<AuditEntry>()));

        // A household voucher cannot take the batch's number, nor the batch a household's.
        var household = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new RecordHouseholdPayment
        {
            HouseholdId = west.HouseholdId, Channel = "e-tax", Voucher = "B-1", PaidAt = Families.PaidAt, AmountFen = 500_00,
        }));
        Assert.Contains("已用于另一户或另一批次", household.Message);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Pasted_ID_numbers_that_cannot_be_paid_for_are_listed_with_their_reasons_and_nothing_is_recorded(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, _, west) = await Chengguan(world);
        var meixian = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M100", "梅村", "梅一");
        var notEnrolled = People.IdNumber(new DateOnly(1960, 1, 2));
        await world.Send(world.ClerkA, new Features.Households.AddHouseholdMember(west.HouseholdId, People.Person("黄未参", notEnrolled, Domain.Households.Relationship.Parent)));
        await world.Send(world.ClerkA, People.Payment(west.Members[1].EnrollmentId, "WX-1"));
        var badCheck = east1.Members[0].IdNumber[..17] + (east1.Members[0].IdNumber[17] == '1' ? '2' : '1');
        var unknown = People.IdNumber(new DateOnly(1988, 8, 8));
        var pasted = string.Join("\n",
            east1.Members[0].IdNumber, badCheck, "12345", unknown, meixian.Members[0].IdNumber, notEnrolled, east1.Members[0].IdNumber, west.Members[1].IdNumber);

        var preview = await world.Send(world.ClerkA, new PreviewTownshipBatch(world.Chengguan, [], pasted, Families.PaidOn));
        var refused = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-2", 250_00, pasted: pasted)));

        Assert.Equal([2, 3, 4, 5, 6, 7], preview.Problems.Select(p => p.Index));
        Assert.Contains("校验", preview.Problems[0].Reason);
        Assert.Equal(badCheck, preview.Problems[0].Text);
        Assert.Contains("本乡镇未登记该身份证号的居民", preview.Problems[2].Reason);
        Assert.Contains("本乡镇未登记该身份证号的居民", preview.Problems[3].Reason); // another township's resident: not named
        Assert.Contains("黄未参 未办理 2020 年度参保登记", preview.Problems[4].Reason);
        Assert.Equal("与第 1 个重复", preview.Problems[5].Reason);
        // Matched but already paid: on the list, refused by name.
        Assert.Contains("已于", preview.Members.Single(m => m.Name == "黄二").Problem);
        Assert.Equal((1, 250_00L), (preview.Persons, preview.SumFen));

        Assert.Contains("粘贴的身份证号中有 6 个不能代缴，本批未登记", refused.Message);
        Assert.Contains("第 4 个", refused.Message);
        Assert.Equal(nameof(RecordTownshipBatch.IdNumbers), refused.Fields[0].Property);
        var paidRefused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA,
            Batch(world.Chengguan, "B-2", 250_00, pasted: $"{east1.Members[0].IdNumber}\n{west.Members[1].IdNumber}")));
        Assert.Contains("黄二", paidRefused.Message);
        Assert.Equal((0, 1), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_clerk_of_another_township_or_county_is_refused_and_county_staff_may_record(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, _, _) = await Chengguan(world);
        var meixian = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M100", "梅村", "梅一");

        foreach (var outsider in new[] { world.ClerkB, world.OtherTenantClerk, world.OtherTenantCounty })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new ListTownshipDue(world.Chengguan, null, Families.PaidOn)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new SelectTownshipDue(world.Chengguan, null, Families.PaidOn)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new PreviewTownshipBatch(world.Chengguan, east1.Enrollments, null, Families.PaidOn)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, Batch(world.Chengguan, "EVIL-1", 500_00, east1.Enrollments)));
        }

        // The clerk's own township with another township's enrolment ticked: not found.
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, Batch(world.Meixian, "EVIL-2", 750_00, [.. east1.Enrollments, meixian.Members[0].EnrollmentId])));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff, Batch(world.Meixian, "EVIL-3", 500_00, east1.Enrollments)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, Batch(world.Chengguan, "EVIL-4", 500_00, east1.Enrollments)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, new ListTownshipDue(world.Chengguan, null, Families.PaidOn)));
        var wechat = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-3", 500_00, east1.Enrollments) with { Channel = "wechat" }));
        Assert.Contains("不是本县的批量代缴渠道", wechat.Message);
        Assert.Equal(0, await world.CountAll<Payment>());

        var staff = await world.Send(world.CountyStaff, Batch(world.Meixian, "B-4", 250_00, meixian.Enrollments));
        Assert.Equal(1, staff.Persons);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_township_batch_dated_inside_a_signed_off_period_or_with_a_wrong_total_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, _, _) = await Chengguan(world);

        var wrong = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-5", 250_00, east1.Enrollments)));
        await world.SignOffPeriodOf(Families.PaidOn);
        var closed = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Batch(world.Chengguan, "B-5", 500_00, east1.Enrollments)));

        Assert.Contains("2 人应缴合计 500.00 元", wrong.Message);
        Assert.Contains("正常缴费期", closed.Message);
        Assert.Contains("已审签", closed.Message);
        Assert.Equal((0, 0), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ten_parallel_recordings_of_one_batch_record_it_once(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (east1, east2, _) = await Chengguan(world);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            await Task.Yield();
            return await world.Send(world.ClerkA, Batch(world.Chengguan, "B-RACE", 750_00, east1.Enrollments, east2.Members[0].IdNumber));
        }));

        Assert.Single(results.Select(r => r.BatchId).Distinct());
        Assert.Single(results, r => !r.AlreadyRecorded);
        Assert.Equal((1, 3), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    internal static IEnumerable<string> CoveredRequests =>
        [nameof(ListTownshipDue), nameof(SelectTownshipDue), nameof(PreviewTownshipBatch), nameof(RecordTownshipBatch)];
}
