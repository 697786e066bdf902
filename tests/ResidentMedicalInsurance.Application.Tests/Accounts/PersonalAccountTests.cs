using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Accounts;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Payments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Accounts;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Accounts;

/// <summary>个人账户 (连政办发〔2007〕149号 第七条, 第十一条; ADR 0068): crediting, the statement, the refund on departure.</summary>
public sealed class PersonalAccountTests
{
    internal static IEnumerable<string> CoveredRequests => [nameof(GetHouseholdAccounts)];

    private static readonly DateTimeOffset Now = new(2007, 10, 15, 10, 0, 0, TimeSpan.FromHours(8));
    private static readonly DateTimeOffset PaidAt = new(2007, 10, 15, 9, 0, 0, TimeSpan.FromHours(8));

    private static RecordPayment Pay(Guid enrollmentId, string voucher) => People.Payment(enrollmentId, voucher, 120_00) with { PaidAt = PaidAt };

    private static async Task<ClerkWorld> Lianyungang2008Async(DatabaseProvider provider)
    {
        var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("lianyungang-2008", Now);
        return world;
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Crediting_a_year_credits_each_paid_in_force_enrolment_once(DatabaseProvider provider)
    {
        await using var world = await Lianyungang2008Async(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "L1", "新浦社区", "甲一", "甲二", "甲三");
        await world.Send(world.ClerkA, Pay(family.Enrollments[0], "V1"));
        await world.Send(world.ClerkA, Pay(family.Enrollments[1], "V2"));
        // 甲三 is not paid; 丙一 paid and then died, which ends the enrolment (第十一条): neither is credited.
        var died = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "L2", "新浦社区", "丙一");
        await world.Send(world.ClerkA, Pay(died.Enrollments[0], "V3"));
        await world.Send(world.ClerkA, new MarkResidentDeparted(died.Members[0].ResidentId, DepartureReason.Death, world.Clock.Today));

        var first = await world.Send(world.CountyStaff, new CreditPersonalAccounts(2008));
        var second = await world.Send(world.CountyStaff, new CreditPersonalAccounts(2008));

        Assert.Equal((2, 100_00L), (first.Credited, first.TotalFen));
        Assert.Contains("2 名", first.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0L), (second.Credited, second.TotalFen));
        Assert.Contains("没有需要划入", second.Message, StringComparison.Ordinal);
        var entries = await world.Read(world.CountyStaff, db => db.PersonalAccountEntries.AsNoTracking().ToListAsync());
        Assert.Equal([family.Members[0].ResidentId, family.Members[1].ResidentId], entries.Select(e => e.ResidentId).Order());
        Assert.All(entries, e => Assert.Equal((PersonalAccountEntryKind.Credit, 50_00L, 2008, new DateOnly(2007, 10, 15), "county-youxi"), (e.Kind, e.AmountFen, e.Year, e.BookedOn, e.RecordedBy)));
        Assert.All(entries, e => Assert.StartsWith("连政办发〔2007〕149号 第七条", e.Basis, StringComparison.Ordinal));
        var audited = await world.Read(world.CountyStaff, db => db.AuditEntries.AsNoTracking().Where(a => a.EntityType == nameof(PersonalAccountEntry)).ToListAsync());
        Assert.Equal(2, audited.Count);
        Assert.All(audited, a => Assert.Equal((AuditOperation.Added, nameof(CreditPersonalAccounts)), (a.Operation, a.Action)));

        var overview = await world.Send(world.CountyStaff, new GetPersonalAccounts());
        Assert.Equal((2008, 2, 2, 0, 100_00L), (overview.Year, overview.PaidPersons, overview.Credited, overview.NotCredited, overview.TotalCreditedFen));
        Assert.Equal(50_00, overview.Rule!.AmountFen);
        Assert.Equal((2, "county-youxi"), (overview.LastRun!.Credited, overview.LastRun.By));

        var statement = await world.Send(world.ClerkA, new GetHouseholdAccounts(family.HouseholdId));
        Assert.True(statement.Shown);
        Assert.Equal([50_00L, 50_00L, 0L], statement.Members.Select(m => m.BalanceFen));
        Assert.Equal("划入", Assert.Single(statement.Members[0].Entries).KindText);
        Assert.Empty(statement.Members[2].Entries);

        var form = await world.Send(world.ClerkA, new GetRegistrationForm(family.Enrollments[0]));
        Assert.Equal(Display.Yuan(50_00), form.PersonalAccountBalanceText);
        Assert.Null((await world.Send(world.ClerkA, new GetRegistrationForm(family.Enrollments[2]))).PersonalAccountBalanceText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Crediting_touches_only_the_signed_in_tenants_enrolments(DatabaseProvider provider)
    {
        await using var world = await Lianyungang2008Async(provider);
        await world.Read(world.OtherTenantCounty, async db =>
        {
            (await db.Tenants.SingleAsync()).CurrentProfileId = "lianyungang-2008";
            return await db.SaveChangesAsync();
        });
        var own = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "L1", "新浦社区", "本县");
        await world.Send(world.ClerkA, Pay(own.Enrollments[0], "V1"));
        var other = await world.EnrolledFamily(world.OtherTenantClerk, world.ShiquanChengguan, "S1", "城关社区", "外县");
        await world.Send(world.OtherTenantClerk, Pay(other.Enrollments[0], "V1") with { Channel = "rural-bank" });

        Assert.Equal(1, (await world.Send(world.CountyStaff, new CreditPersonalAccounts(2008))).Credited);
        Assert.Equal(1, await world.CountAll<PersonalAccountEntry>());
        Assert.Equal(0, (await world.Send(world.OtherTenantCounty, new GetPersonalAccounts(2008))).Credited);
        Assert.Equal(1, (await world.Send(world.OtherTenantCounty, new CreditPersonalAccounts(2008))).Credited);
        Assert.Equal(2, await world.CountAll<PersonalAccountEntry>());
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.OtherTenantClerk, new GetHouseholdAccounts(own.HouseholdId)));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new GetHouseholdAccounts(own.HouseholdId)));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_move_within_the_districts_files_the_account_under_the_new_household_and_keeps_its_balance(DatabaseProvider provider)
    {
        await using var world = await Lianyungang2008Async(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "L1", "新浦社区", "户主", "迁户");
        await world.Send(world.ClerkA, Pay(family.Enrollments[1], "V1"));
        await world.Send(world.CountyStaff, new CreditPersonalAccounts(2008));
        var into = await world.EnrolledFamily(world.ClerkB, world.Meixian, "L2", "海州社区", "新户主");

        // 第十一条(二): 市区内户籍迁移，当年不办理变更 — the ledger line moves with the person, the balance is theirs.
        await world.Send(world.ClerkA, new Features.Moves.MoveResident(family.Members[1].ResidentId, "L2", Relationship.Child));

        var entry = await world.Read(world.CountyStaff, db => db.PersonalAccountEntries.AsNoTracking().SingleAsync());
        Assert.Equal((into.HouseholdId, world.Chengguan, 50_00L), (entry.HouseholdId, entry.TownshipId, entry.AmountFen));
        var statement = await world.Send(world.ClerkB, new GetHouseholdAccounts(into.HouseholdId));
        Assert.Equal(50_00L, statement.Members.Single(m => m.Name == "迁户").BalanceFen);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Death_and_moving_out_refund_the_balance_and_leaving_the_household_does_not(DatabaseProvider provider)
    {
        await using var world = await Lianyungang2008Async(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "L1", "新浦社区", "户主", "离户", "迁出");
        foreach (var (id, i) in family.Enrollments.Select((e, i) => (e, i)))
        {
            await world.Send(world.ClerkA, Pay(id, $"V{i}"));
        }

        await world.Send(world.CountyStaff, new CreditPersonalAccounts(2008));
        var today = world.Clock.Today;

        var left = await world.Send(world.ClerkA, new MarkResidentDeparted(family.Members[1].ResidentId, DepartureReason.LeftHousehold, today));
        var moved = await world.Send(world.ClerkA, new MarkResidentDeparted(family.Members[2].ResidentId, DepartureReason.MovedOut, today));
        var died = await world.Send(world.ClerkA, new MarkResidentDeparted(family.Members[0].ResidentId, DepartureReason.Death, today));

        Assert.DoesNotContain("个人账户", left.Message, StringComparison.Ordinal);
        Assert.Contains($"个人账户余额 {Display.Yuan(50_00)} 已退还本人", moved.Message, StringComparison.Ordinal);
        Assert.Contains($"个人账户余额 {Display.Yuan(50_00)} 已退还继承人", died.Message, StringComparison.Ordinal);
        var statement = await world.Send(world.ClerkA, new GetHouseholdAccounts(family.HouseholdId));
        Assert.Equal([0L, 50_00L, 0L], statement.Members.Select(m => m.BalanceFen));
        var refund = statement.Members[0].Entries[^1];
        Assert.Equal((PersonalAccountEntryKind.Refund, -50_00L, today), (refund.Kind, refund.AmountFen, refund.BookedOn));
        Assert.Contains("第十一条", refund.Basis, StringComparison.Ordinal);
        Assert.Contains("继承人", refund.Note, StringComparison.Ordinal);
        var audited = await world.Read(world.CountyStaff, db => db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == nameof(PersonalAccountEntry) && a.Action == nameof(MarkResidentDeparted)).CountAsync());
        Assert.Equal(2, audited);

        // The premium is not refunded (第十一条): the paid enrolments of the dead and the moved are ended.
        var ended = await world.Read(world.CountyStaff, db => db.Enrollments.AsNoTracking().Where(e => e.Status == EnrollmentStatus.Ended).CountAsync());
        Assert.Equal(2, ended);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_profile_without_a_personal_account_gets_a_message_not_a_crash(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, _) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H1");

        var refused = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new CreditPersonalAccounts(2020)));
        Assert.Contains("未规定个人账户", refused.Message, StringComparison.Ordinal);
        var unknown = await Assert.ThrowsAsync<AppException>(() => world.Send(world.CountyStaff, new CreditPersonalAccounts(2031)));
        Assert.Contains("没有2031年度的政策方案", unknown.Message, StringComparison.Ordinal);
        var overview = await world.Send(world.CountyStaff, new GetPersonalAccounts());
        Assert.Equal((2020, (PersonalAccountView?)null), (overview.Year, overview.Rule));
        Assert.Contains("未规定个人账户", overview.Refusal, StringComparison.Ordinal);
        Assert.False((await world.Send(world.ClerkA, new GetHouseholdAccounts(registration.HouseholdId))).Shown);
        var death = await world.Send(world.ClerkA, new MarkResidentDeparted(registration.ResidentId, DepartureReason.Death, world.Clock.Today));
        Assert.DoesNotContain("个人账户", death.Message, StringComparison.Ordinal);
        Assert.Equal(0, await world.CountAll<PersonalAccountEntry>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Only_county_staff_credit_and_see_the_page(DatabaseProvider provider)
    {
        await using var world = await Lianyungang2008Async(provider);
        foreach (var user in new[] { world.ClerkA, world.Supervisor, world.Admin })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new CreditPersonalAccounts(2008)));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new GetPersonalAccounts()));
        }

        var invalid = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.CountyStaff, new CreditPersonalAccounts(0)));
        Assert.Contains("参保年度", Assert.Single(invalid.Errors), StringComparison.Ordinal);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new GetHouseholdAccounts(Guid.NewGuid())));
    }
}
