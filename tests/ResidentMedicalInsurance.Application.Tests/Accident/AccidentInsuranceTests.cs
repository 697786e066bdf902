using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Accident;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Features.Reconciliation;
using ResidentMedicalInsurance.Application.Features.Tax;
using ResidentMedicalInsurance.Application.Features.Worklists;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Supplementary;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Infrastructure.Progress;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Accident;

/// <summary>意外伤害补充保险 (尤政办〔2019〕45号 三(三), 六(三); ADR 0069): chosen per person, paid to the insurer separately.</summary>
public sealed class AccidentInsuranceTests
{
    internal static IEnumerable<string> CoveredRequests =>
    [
        nameof(ChooseAccidentInsurance), nameof(CancelAccidentInsurance), nameof(PayAccidentInsurance),
        nameof(GetHouseholdAccidentInsurance), nameof(GetAccidentReceipt), nameof(ListAccidentCovers), nameof(ExportAccidentCovers),
    ];

    private static PayAccidentInsurance Pay(Guid cover, string channel = AccidentChannels.InsurerQrCode, long amountFen = 30_00) => new()
    {
        CoverId = cover,
        Channel = channel,
        PaidAt = Families.PaidAt.AddMinutes(10),
        AmountFen = amountFen,
    };

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Youxi_offers_it_at_30_yuan_and_Shiquan_does_not(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var youxi = await world.Send(world.ClerkA, new GetClerkOptions());
        var shiquan = await world.Send(world.OtherTenantClerk, new GetClerkOptions());
        var registered = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "S001");

        Assert.Equal((30_00L, "30.00 元"), (youxi.Profile.AccidentInsurance!.PremiumFen, youxi.Profile.AccidentInsurance.PremiumText));
        Assert.StartsWith("尤政办〔2019〕45号 三(三)", youxi.Profile.AccidentInsurance.Basis, StringComparison.Ordinal);
        Assert.Null(shiquan.Profile.AccidentInsurance);
        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.OtherTenantClerk, new ChooseAccidentInsurance(registered.ResidentId)));
        Assert.Contains("未设意外伤害补充保险", refused.Message, StringComparison.Ordinal);
        var page = await world.Send(world.OtherTenantClerk, new GetHouseholdAccidentInsurance(registered.HouseholdId));
        Assert.Null(page.Product);
        Assert.Empty(page.Members);
        Assert.Equal(0, await world.CountAll<AccidentCover>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_chooses_cancels_and_chooses_again_one_row_audited_and_an_unenrolled_one_is_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H700", "城东村", "林户主", "林长子");
        var lone = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H701", "未参保");

        var chosen = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId));
        Assert.Equal(AccidentCoverStatus.Chosen, chosen.Status);
        Assert.Contains("30.00 元", chosen.Message, StringComparison.Ordinal);
        var twice = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId)));
        Assert.Contains("已选择", twice.Message, StringComparison.Ordinal);
        var notEnrolled = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new ChooseAccidentInsurance(lone.ResidentId)));
        Assert.Contains("请先参保", notEnrolled.Message, StringComparison.Ordinal);

        var cancelled = await world.Send(world.ClerkA, new CancelAccidentInsurance(chosen.CoverId));
        Assert.Equal(AccidentCoverStatus.Cancelled, cancelled.Status);
        var again = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId));
        Assert.Equal(chosen.CoverId, again.CoverId);

        var cover = await world.Read(world.ClerkA, db => db.AccidentCovers.SingleAsync());
        Assert.Equal((family.HouseholdId, world.Chengguan, "城东村", 2020, 30_00L, AccidentCoverStatus.Chosen, world.ClerkA.Name),
            (cover.HouseholdId, cover.TownshipId, cover.Village, cover.Year, cover.PremiumFen, cover.Status, cover.ChosenBy));
        var household = await world.Send(world.ClerkA, new GetHouseholdAccidentInsurance(family.HouseholdId));
        Assert.Equal(["未选择", "已选择，待缴费"], household.Members.Select(m => m.StatusText));
        Assert.All(household.Members, m => Assert.True(m.Enrolled));

        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.EntityType == nameof(AccidentCover)).ToListAsync());
        Assert.Equal(1, audit.Count(a => a.Action == nameof(ChooseAccidentInsurance) && a.Operation == AuditOperation.Added && a.HouseholdId == family.HouseholdId));
        Assert.Equal(1, audit.Count(a => a.Action == nameof(CancelAccidentInsurance) && a.Operation == AuditOperation.Modified));
        Assert.Equal(1, audit.Count(a => a.Action == nameof(ChooseAccidentInsurance) && a.Operation == AuditOperation.Modified));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task It_is_paid_once_on_the_insurers_channel_with_its_own_voucher_series_and_its_own_receipt(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H710", "城东村", "王户主", "王长子");
        var first = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[0].ResidentId));
        var second = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId));

        var basicChannel = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Pay(first.CoverId, "wechat")));
        Assert.Contains(basicChannel.Fields, f => f.Property == nameof(PayAccidentInsurance.Channel) && f.Message.Contains("只能通过保险公司收款码或现金", StringComparison.Ordinal));
        var wrongAmount = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Pay(first.CoverId, amountFen: 250_00)));
        Assert.Contains("每人应缴 30.00 元", wrongAmount.Message, StringComparison.Ordinal);

        var paid = await world.Send(world.ClerkA, Pay(first.CoverId));
        var cash = await world.Send(world.ClerkA, Pay(second.CoverId, AccidentChannels.InsurerCash));
        Assert.Equal(("YW2020-000001", "30.00 元"), (paid.Voucher, paid.AmountText));
        Assert.Equal("YW2020-000002", cash.Voucher);
        var again = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.ClerkA, Pay(first.CoverId)));
        Assert.Contains("YW2020-000001", again.Message, StringComparison.Ordinal);
        var cancelPaid = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.ClerkA, new CancelAccidentInsurance(first.CoverId)));
        Assert.Contains("保险公司办理", cancelPaid.Message, StringComparison.Ordinal);

        var receipt = await world.Send(world.Supervisor, new GetAccidentReceipt(first.CoverId));
        Assert.Equal(("王户主", "30.00 元", "YW2020-000001", "H710", "城东村"), (receipt.ResidentName, receipt.AmountText, receipt.Voucher, receipt.HouseholdNumber, receipt.Village));
        Assert.Contains("保险公司收款码", receipt.ChannelName, StringComparison.Ordinal);
        Assert.Contains("中国人寿", receipt.Insurer, StringComparison.Ordinal);
        Assert.Matches(@"^\d{6}\*{8}\d{3}[\dX]$", receipt.MaskedIdNumber);
        Assert.Equal(["尤政办〔2019〕45号 三(三)", "尤政办〔2019〕45号 六(三)"], receipt.Basis.Select(b => b.Split('：')[0]));
        var audit = await world.Read(world.CountyStaff, db => db.AuditEntries.Where(a => a.Action == nameof(PayAccidentInsurance)).ToListAsync());
        Assert.Equal(2, audit.Count(a => a.EntityType == nameof(AccidentCover) && a.Operation == AuditOperation.Modified));
        Assert.DoesNotContain(audit, a => a.EntityType != nameof(AccidentCover));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Paying_it_changes_none_of_the_basic_statistics(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H720", "城东村", "赵户主", "赵长子");
        await world.Send(world.ClerkA, People.Payment(family.Members[0].EnrollmentId, "BASIC-1"));
        var cover = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[0].ResidentId));
        var unpaidCover = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId));
        var before = await Basic(world, family.HouseholdId);

        await world.Send(world.ClerkA, Pay(cover.CoverId));
        var after = await Basic(world, family.HouseholdId);

        Assert.Equal(before, after);
        Assert.Contains("250.00", before, StringComparison.Ordinal);
        await world.AssertEqualRecountAsync();
        Assert.NotEqual(Guid.Empty, unpaidCover.CoverId);
    }

    /// <summary>Every basic figure the accident insurance must stay out of, as one text.</summary>
    private static async Task<string> Basic(ClerkWorld world, Guid household)
    {
        var tallies = await world.Read(world.CountyStaff, async db => (await TallyRecount.StoredAsync(db, world.YouxiId, default)).Lines());
        var payments = await world.Read(world.CountyStaff, db => db.Payments.Select(p => new { p.AmountFen, p.Voucher, p.Channel }).ToListAsync());
        var batches = await world.CountAll<PaymentBatch>();
        var today = await world.Send(world.ClerkA, new ListWorklist(WorklistKind.TodaysPayments));
        var due = await world.Send(world.CountyStaff, new PreviewDue(world.Clock.Today, null));
        var statement = await world.Send(world.CountyStaff, new GetFundStatement());
        var receipts = await world.Send(world.ClerkA, new GetHouseholdReceipts(household));
        return JsonSerializer.Serialize(new
        {
            tallies, payments, batches, today.Total, today.AmountFen, due, statement.Figures,
            Receipts = receipts.Receipts.Select(r => new { r.Voucher, r.AmountText, r.StandardFeeText }),
        });
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_insurers_list_totals_per_village_in_the_clerks_townships_and_the_county_sees_all(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var east = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H730", "城东村", "钱户主", "钱长子");
        var west = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "H731", "城西村", "孙户主");
        var meixian = await world.EnrolledFamily(world.ClerkB, world.Meixian, "M730", "梅营村", "李户主");
        var a = await world.Send(world.ClerkA, new ChooseAccidentInsurance(east.Members[0].ResidentId));
        await world.Send(world.ClerkA, new ChooseAccidentInsurance(east.Members[1].ResidentId));
        var c = await world.Send(world.ClerkA, new ChooseAccidentInsurance(west.Members[0].ResidentId));
        var d = await world.Send(world.ClerkB, new ChooseAccidentInsurance(meixian.Members[0].ResidentId));
        await world.Send(world.ClerkA, Pay(a.CoverId));
        await world.Send(world.ClerkB, Pay(d.CoverId));
        await world.Send(world.ClerkA, new CancelAccidentInsurance(c.CoverId));

        var clerk = await world.Send(world.ClerkA, new ListAccidentCovers());
        Assert.Equal(2, clerk.Total);
        Assert.Equal([("城关镇", "城东村", 1, 1, 30_00L)], clerk.Villages.Select(v => (v.Township, v.Village, v.Chosen, v.Paid, v.PaidFen)));
        Assert.Equal(["钱户主", "钱长子"], clerk.Items.Select(i => i.Name));
        var county = await world.Send(world.CountyStaff, new ListAccidentCovers());
        Assert.Equal((3, 1, 2, "60.00 元"), (county.Total, county.Chosen, county.Paid, county.PaidText));
        Assert.Equal(["城关镇", "梅仙镇"], county.Villages.Select(v => v.Township));
        var paged = await world.Send(world.CountyStaff, new ListAccidentCovers(Skip: 2, Take: 1));
        Assert.Equal((3, "李户主"), (paged.Total, Assert.Single(paged.Items).Name));
        var village = await world.Send(world.CountyStaff, new ListAccidentCovers(world.Chengguan, "城东村"));
        Assert.Equal(2, village.Total);

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkA, new ListAccidentCovers(world.Meixian)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkA, new GetAccidentReceipt(d.CoverId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkA, Pay(d.CoverId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantClerk, new CancelAccidentInsurance(a.CoverId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new ChooseAccidentInsurance(east.Members[0].ResidentId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new GetHouseholdAccidentInsurance(east.HouseholdId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, new ListAccidentCovers()));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Supervisor, Pay(a.CoverId)));
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new GetAccidentReceipt(a.CoverId)));

        var (fileName, rows) = await world.Run(world.ClerkA, async services =>
        {
            var download = await services.GetRequiredService<MediatR.IMediator>().Send(new ExportAccidentCovers());
            var read = new List<IReadOnlyList<object?>>();
            await foreach (var row in download.Rows)
            {
                read.Add(row);
            }

            return (download.FileName, read);
        });

        Assert.Equal("意外伤害补充保险清单-2020年度-城关镇-2019-11-15.xlsx", fileName);
        Assert.Equal(["钱户主", "钱长子"], rows.Select(r => r[4]));
        Assert.Equal(["已缴费", "已选择，待缴费"], rows.Select(r => r[6]));
        Assert.Equal("YW2020-000001", rows[0][9]);
    }
}
