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

/// <summary>一户多人一票缴费: one voucher for several members of a household, previewed, summed, recorded once (ADR 0058).</summary>
public sealed class HouseholdPaymentTests
{

    private static RecordHouseholdPayment Voucher(Guid household, string voucher, long amountFen = 750_00, IReadOnlyList<Guid>? members = null) => new()
    {
        HouseholdId = household,
        EnrollmentIds = members ?? [],
        Channel = "mintax-app",
        Voucher = voucher,
        PaidAt = Families.PaidAt,
        AmountFen = amountFen,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_of_three_pays_with_one_voucher_one_batch_three_payments_summed_and_audited(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");

        var preview = await world.Send(world.ClerkA, new PreviewHouseholdPayment(family.HouseholdId, Families.PaidOn));
        Assert.Equal(["陈户主", "陈长子", "陈次女"], preview.Members.Select(m => m.Name));
        Assert.All(preview.Members, m => Assert.Equal("250.00 元", m.AmountText));
        Assert.All(preview.Members, m => Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", m.MaskedIdNumber));
        Assert.Equal((750_00L, "750.00 元"), (preview.SumFen, preview.SumText));
        Assert.Equal(family.Enrollments.Order(), preview.Ticked.Order());

        // Typed with spaces a scanner adds; the command pays every member with a fee due when none are named.
        var paid = await world.Send(world.ClerkA, Voucher(family.HouseholdId, " MS-0001 "));

        Assert.False(paid.AlreadyRecorded);
        Assert.Equal((3, 750_00L, "MS-0001"), (paid.Persons, paid.AmountFen, paid.Voucher));
        Assert.Contains("3 人，合计 750.00 元", paid.Message);
        Assert.Contains("陈长子 250.00 元", paid.Message);
        var batch = await world.Read(world.ClerkA, db => db.PaymentBatches.SingleAsync());
        Assert.Equal((PaymentBatchKind.Household, (Guid?)family.HouseholdId, world.Chengguan, 3, 750_00L, "mintax-app"),
            (batch.Kind, batch.HouseholdId, batch.TownshipId, batch.Persons, batch.AmountFen, batch.Channel));
        var payments = await world.Read(world.ClerkA, db => db.Payments.ToListAsync());
        Assert.Equal(3, payments.Count);
        Assert.All(payments, p => Assert.Equal((batch.Id, "MS-0001", 250_00L), (p.BatchId!.Value, p.Voucher, p.AmountFen)));
        Assert.Equal(paid.PaymentIds.Order(), payments.Select(p => p.Id).Order());
        var enrollments = await world.Read(world.ClerkA, db => db.Enrollments.ToListAsync());
        Assert.All(enrollments, e => Assert.Equal((EnrollmentStatus.Paid, new DateOnly(2020, 1, 1)), (e.Status, e.BenefitStart!.Value)));

        // Audited under the command's name: the batch, three payments, three enrolments paid.
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.Action == nameof(RecordHouseholdPayment)).ToListAsync());
        Assert.Equal(1, audit.Count(a => a.EntityType == nameof(PaymentBatch) && a.Operation == AuditOperation.Added));
        Assert.Equal(3, audit.Count(a => a.EntityType == nameof(Payment) && a.Operation == AuditOperation.Added && a.HouseholdId == family.HouseholdId));
        Assert.Equal(3, audit.Count(a => a.EntityType == nameof(Enrollment) && a.Operation == AuditOperation.Modified));

        // Each member's receipt prints; the household's receipts name the shared voucher and its total.
        var receipts = await world.Send(world.ClerkA, new GetHouseholdReceipts(family.HouseholdId));
        Assert.Equal(3, receipts.Receipts.Count);
        Assert.All(receipts.Receipts, r => Assert.Equal(("MS-0001", "250.00 元"), (r.Voucher, r.AmountText)));
        var shared = Assert.Single(receipts.Batches);
        Assert.Equal(("MS-0001", 3, "750.00 元", "一户多人一票缴费"), (shared.Voucher, shared.Persons, shared.AmountText, shared.KindText));
        var one = await world.Send(world.Supervisor, new GetReceipt(paid.PaymentIds[0]));
        Assert.Equal(batch.Id, one.Batch!.BatchId);
        var list = await world.Send(world.ClerkA, new GetBatchList(batch.Id));
        Assert.Equal(("750.00 元", 3), (list.AmountText, list.Lines.Count));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_wrong_total_is_refused_with_the_sum_asked_and_nothing_is_recorded(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");

        var wrong = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-1", 500_00)));
        var department = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            Voucher(family.HouseholdId, "MS-1") with { Channel = PaymentChannels.DepartmentCode }));
        var voucher = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS 1<")));

        Assert.Contains("合计金额不符", wrong.Message);
        Assert.Contains("3 人应缴合计 750.00 元", wrong.Message);
        Assert.Contains("录入的是 500.00 元", wrong.Message);
        Assert.Contains("部门代缴", department.Message);
        Assert.Contains("凭证号只能包含", voucher.Message);
        Assert.Equal((0, 0), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
        Assert.All(await world.Read(world.ClerkA, db => db.Enrollments.ToListAsync()), e => Assert.Equal(EnrollmentStatus.AwaitingPayment, e.Status));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_already_paid_is_refused_by_name_and_nothing_is_recorded(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");
        await world.Send(world.ClerkA, People.Payment(family.Members[1].EnrollmentId, "WX-SINGLE", channel: "wechat"));

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-2", members: family.Enrollments)));

        Assert.Contains("本次未登记任何缴费", refused.Message);
        Assert.Contains("陈长子", refused.Message);
        Assert.Contains("已于 2019-11-15 09:30 缴费", refused.Message);
        Assert.DoesNotContain("陈次女", refused.Message);
        Assert.Equal((0, 1), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));

        // The preview lists only who still awaits payment; the default pays those two.
        var preview = await world.Send(world.ClerkA, new PreviewHouseholdPayment(family.HouseholdId, Families.PaidOn));
        Assert.Equal(["陈户主", "陈次女"], preview.Members.Select(m => m.Name));
        var paid = await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-2", 500_00));
        Assert.Equal(2, paid.Persons);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_voucher_again_for_the_same_members_returns_the_recorded_batch_and_records_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");
        var first = await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-3", members: family.Enrollments));
        var audit = await world.CountAll<AuditEntry>();

        var named = await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-3", members: family.Enrollments));
        var byDefault = await world.Send(world.CountyStaff, Voucher(family.HouseholdId, "MS-3"));
        var subset = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-3", 500_00, family.Enrollments.Take(2).ToList())));

        Assert.All(new[] { named, byDefault }, r => Assert.Equal((true, first.BatchId, 3, 750_00L), (r.AlreadyRecorded, r.BatchId, r.Persons, r.AmountFen)));
        Assert.Equal(first.PaymentIds.Order(), named.PaymentIds.Order());
        Assert.Contains("已登记过", named.Message);
        Assert.Contains("不能登记不同的成员", subset.Message);
        Assert.Equal((1, 3, audit), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>(), await world.CountAll<AuditEntry>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_voucher_used_by_a_single_payment_or_another_household_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var chen = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子");
        var lin = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H200", "城东村", "林户主", "林长子", "林次子");
        await world.Send(world.ClerkA, People.Payment(lin.Members[2].EnrollmentId, "MS-SINGLE", channel: "mintax-app"));

        var single = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(chen.HouseholdId, "MS-SINGLE", 500_00)));
        await world.Send(world.ClerkA, Voucher(chen.HouseholdId, "MS-CHEN", 500_00));
        var otherHousehold = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(lin.HouseholdId, "MS-CHEN", 500_00)));
        var oneOfTheBatch = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA,
            People.Payment(lin.Members[0].EnrollmentId, "MS-CHEN", channel: "mintax-app")));
        var sameVoucherOtherChannel = await world.Send(world.ClerkA, Voucher(lin.HouseholdId, "MS-CHEN", 500_00) with { Channel = "wechat" });

        Assert.Contains("已用于一笔单人缴费", single.Message);
        Assert.Contains("已用于另一户或另一批次", otherHousehold.Message);
        Assert.Contains("已用于其他参保人", oneOfTheBatch.Message);
        Assert.Equal(2, sameVoucherOtherChannel.Persons);
        Assert.Equal((2, 5), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_voucher_dated_inside_a_signed_off_period_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");
        await world.SignOffPeriodOf(Families.PaidOn);

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-4")));

        Assert.Contains("已审签", refused.Message);
        Assert.Equal((0, 0), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_fully_subsidised_member_is_shown_unticked_with_the_subsidy_named_and_left_to_the_department(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");
        await world.Certify(family.Members[2].IdNumber, "陈次女", "yiliao-jiuzhu-1", new DateOnly(2019, 10, 1));

        var preview = await world.Send(world.ClerkA, new PreviewHouseholdPayment(family.HouseholdId, Families.PaidOn));
        var waived = preview.Members.Single(m => m.Name == "陈次女");
        var named = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-5", 500_00, family.Enrollments)));
        var paid = await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-5", 500_00));

        Assert.False(waived.Payable);
        Assert.Contains("全额资助", waived.Problem);
        Assert.Contains("第一类医疗救助对象", waived.SubsidyName);
        Assert.Equal(2, preview.Ticked.Count);
        Assert.Equal(500_00, preview.SumFen);
        Assert.Contains("陈次女", named.Message);
        Assert.Equal(2, paid.Persons);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Another_townships_clerk_and_another_county_get_not_found_and_admin_is_forbidden(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子");
        var other = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M100", "梅村", "梅户主");
        var batch = await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-6", 250_00, [family.Members[0].EnrollmentId]));

        foreach (var outsider in new[] { world.ClerkB, world.OtherTenantClerk, world.OtherTenantCounty })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new PreviewHouseholdPayment(family.HouseholdId, world.Clock.Today)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, Voucher(family.HouseholdId, "EVIL-1", 250_00)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new GetBatchList(batch.BatchId)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(outsider, new ExportBatchList(batch.BatchId)));
        }

        // Another household's enrolment named under this household: not found, nothing recorded.
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff,
            Voucher(family.HouseholdId, "EVIL-2", 500_00, [family.Members[1].EnrollmentId, other.Members[0].EnrollmentId])));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, Voucher(family.HouseholdId, "EVIL-3", 250_00)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new GetBatchList(batch.BatchId)));
        Assert.Equal((1, 1), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Ten_parallel_recordings_of_one_household_voucher_record_one_batch(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H100", "城东村", "陈户主", "陈长子", "陈次女");

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            await Task.Yield();
            return await world.Send(world.ClerkA, Voucher(family.HouseholdId, "MS-RACE", members: family.Enrollments));
        }));

        Assert.Single(results.Select(r => r.BatchId).Distinct());
        Assert.Single(results, r => !r.AlreadyRecorded);
        Assert.Equal((1, 3), (await world.CountAll<PaymentBatch>(), await world.CountAll<Payment>()));
    }

    internal static IEnumerable<string> CoveredRequests =>
        [nameof(PreviewHouseholdPayment), nameof(RecordHouseholdPayment), nameof(GetBatchList), nameof(ExportBatchList)];
}
