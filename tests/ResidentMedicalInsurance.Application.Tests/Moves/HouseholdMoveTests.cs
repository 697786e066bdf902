using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Accident;
using ResidentMedicalInsurance.Application.Features.Auditing;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Moves;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Supplementary;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Moves;

/// <summary>户籍变动: 迁移, 拆户, 合户 within the tenant (ADR 0070, lianyungang-2008 第十一条(二)).</summary>
public sealed class HouseholdMoveTests
{
    internal static IEnumerable<string> CoveredRequests => [nameof(MoveHousehold), nameof(MoveResident), nameof(SplitHousehold), nameof(MergeHouseholds)];

    [Fact]
    public void Every_text_is_in_both_languages() => ResourcePair.AssertComplete("Moves");

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_household_moved_to_another_township_takes_its_members_and_enrolments_and_keeps_its_payments(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "M001", "城东村", "张一", "张二");
        await world.Send(world.ClerkA, People.Payment(family.Members[0].EnrollmentId, "V-M1"));

        var moved = await world.Send(world.ClerkA, new MoveHousehold(family.HouseholdId, world.Meixian, " 梅东村 "));

        Assert.False(moved.CanOpen);
        Assert.Contains("当年参保缴费不变", moved.Message);
        var household = await world.Read(world.CountyStaff, db => db.Households.SingleAsync());
        Assert.Equal((world.Meixian, "梅东村"), (household.TownshipId, household.Village));
        Assert.All(await world.Read(world.CountyStaff, db => db.Residents.ToListAsync()), r => Assert.Equal(world.Meixian, r.TownshipId));
        var enrollments = await world.Read(world.CountyStaff, db => db.Enrollments.ToListAsync());
        Assert.All(enrollments, e => Assert.Equal(world.Meixian, e.TownshipId));
        Assert.Equal([EnrollmentStatus.AwaitingPayment, EnrollmentStatus.Paid],
            enrollments.Select(e => e.Status).Order());
        var payment = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync());
        Assert.Equal((world.Chengguan, PaymentStatus.InForce, 250_00L), (payment.TownshipId, payment.Status, payment.AmountFen));
        await world.AssertEqualRecountAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkA, new GetHousehold(family.HouseholdId)));
        var seen = await world.Send(world.ClerkB, new GetHousehold(family.HouseholdId));
        Assert.Equal("梅东村", seen.Village);
        var trail = await world.Send(world.ClerkB, new GetHouseholdAudit(family.HouseholdId));
        var entry = Assert.Single(trail, e => e.EntityType == nameof(HouseholdMove));
        Assert.Equal("户籍迁移（全户）", entry.ActionText);
        Assert.Contains(entry.Changes, c => c.FieldText == "迁出乡镇" && c.After == "城关镇");
        Assert.Contains(entry.Changes, c => c.FieldText == "迁入乡镇" && c.After == "梅仙镇");
        Assert.Contains(entry.Changes, c => c.FieldText == "类型" && c.After == "迁移");
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Accident_covers_follow_the_person_and_a_paid_one_stays_where_the_insurer_took_the_money(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "A001", "城东村", "钱一", "钱二");
        var paid = await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[0].ResidentId));
        await world.Send(world.ClerkA, new ChooseAccidentInsurance(family.Members[1].ResidentId));
        await world.Send(world.ClerkA, new PayAccidentInsurance
        {
            CoverId = paid.CoverId, Channel = AccidentChannels.InsurerQrCode, PaidAt = Families.PaidAt.AddMinutes(10), AmountFen = 30_00,
        });
        var into = await world.EnrolledFamily(world.ClerkB, world.Meixian, "A002", "梅东村", "孙一");

        // 钱二 (chosen, not paid) joins a household in 梅仙镇: the cover goes with them, to be collected there.
        await world.Send(world.ClerkA, new MoveResident(family.Members[1].ResidentId, "A002", Relationship.ChildInLaw));

        var moved = await world.Read(world.CountyStaff, db => db.AccidentCovers.SingleAsync(c => c.ResidentId == family.Members[1].ResidentId));
        Assert.Equal((into.HouseholdId, world.Meixian, "梅东村", AccidentCoverStatus.Chosen), (moved.HouseholdId, moved.TownshipId, moved.Village, moved.Status));
        var panel = await world.Send(world.ClerkB, new GetHouseholdAccidentInsurance(into.HouseholdId));
        Assert.Equal(AccidentCoverStatus.Chosen, panel.Members.Single(m => m.Name == "钱二").Status);
        Assert.Equal(["钱二"], (await world.Send(world.ClerkB, new ListAccidentCovers())).Items.Select(i => i.Name));

        // The whole household (钱一, paid) moves to 梅仙镇: the paid cover stays in 城关镇 · 城东村, filed under the household.
        await world.Send(world.ClerkA, new MoveHousehold(family.HouseholdId, world.Meixian, "梅西村"));

        var kept = await world.Read(world.CountyStaff, db => db.AccidentCovers.SingleAsync(c => c.Id == paid.CoverId));
        Assert.Equal((family.HouseholdId, world.Chengguan, "城东村", AccidentCoverStatus.Paid), (kept.HouseholdId, kept.TownshipId, kept.Village, kept.Status));
        Assert.Equal(AccidentCoverStatus.Paid, (await world.Send(world.ClerkB, new GetHouseholdAccidentInsurance(family.HouseholdId))).Members.Single().Status);
        Assert.Equal(["钱一"], (await world.Send(world.ClerkA, new ListAccidentCovers())).Items.Select(i => i.Name));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Both_clerks_see_the_move_in_their_list_and_the_origin_clerk_gets_no_link_and_no_id_number(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var from = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "L001", "李一");
        var child = await world.Send(world.ClerkA, new AddHouseholdMember(from.HouseholdId, People.Person("李小", People.IdNumber(new DateOnly(2003, 1, 2)), Relationship.Child)));
        var into = await world.RegisterHousehold(world.ClerkB, world.Meixian, "L002", "王一");
        var idNumber = await world.Read(world.CountyStaff, db => db.Residents.Where(r => r.Id == child.ResidentId).Select(r => r.IdNumber).SingleAsync());

        await world.Send(world.ClerkA, new MoveResident(child.ResidentId, "L002", Relationship.ChildInLaw));

        var origin = Assert.Single((await world.Send(world.ClerkA, new ListHouseholdMoves())).Items);
        var destination = Assert.Single((await world.Send(world.ClerkB, new ListHouseholdMoves())).Items);
        var county = await world.Send(world.CountyStaff, new ListHouseholdMoves());
        Assert.Equal(("迁出", "L001", "L002", "李小", (Guid?)null), (origin.Direction, origin.FromNumber, origin.ToNumber, origin.ResidentName, origin.OpenHouseholdId));
        Assert.Equal(("迁入", (Guid?)into.HouseholdId), (destination.Direction, destination.OpenHouseholdId));
        Assert.Equal("城关镇 · 城东村", origin.FromPlace);
        Assert.Equal("梅仙镇 · 城东村", origin.ToPlace);
        Assert.DoesNotContain(idNumber, origin.MaskedIdNumber);
        Assert.Contains("*", origin.MaskedIdNumber);
        Assert.Equal(1, county.Total);
        Assert.Equal("", Assert.Single(county.Items).Direction);
        Assert.Empty((await world.Send(world.OtherTenantCounty, new ListHouseholdMoves())).Items);
        await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(world.Admin, new ListHouseholdMoves()));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_member_moved_to_another_household_takes_the_paid_enrolment_and_the_head_moves_only_when_alone(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "R001", "城东村", "赵一", "赵二");
        await world.Send(world.ClerkA, People.Payment(family.Members[1].EnrollmentId, "V-R1"));
        var alone = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "R002", "钱一");
        var into = await world.RegisterHousehold(world.ClerkB, world.Meixian, "R003", "孙一");

        var head = await Assert.ThrowsAsync<AppException>(() => world.Send(world.ClerkA, new MoveResident(family.Members[0].ResidentId, "R003", Relationship.Sibling)));
        var unknown = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new MoveResident(family.Members[1].ResidentId, "NONE-1", Relationship.Sibling)));
        var same = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new MoveResident(family.Members[1].ResidentId, "R001", Relationship.Sibling)));
        var asHead = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new MoveResident(family.Members[1].ResidentId, "R003", Relationship.Head)));
        var moved = await world.Send(world.ClerkA, new MoveResident(family.Members[1].ResidentId, " R003 ", Relationship.Sibling));
        var lastOne = await world.Send(world.ClerkA, new MoveResident(alone.ResidentId, "R003", Relationship.Parent));

        Assert.Contains("户主不能单独迁出", head.Message);
        Assert.Equal(nameof(MoveResident.ToNumber), Assert.Single(unknown.Fields!).Property);
        Assert.Contains("未找到户号 NONE-1", unknown.Message);
        Assert.Contains("与本户相同", same.Message);
        Assert.Contains("不能为户主", asHead.Message);
        Assert.Equal(into.HouseholdId, moved.HouseholdId);
        Assert.Contains("原户号 R002 已无成员", lastOne.Message);
        Assert.Equal(["R001", "R003"], await world.Read(world.CountyStaff, db => db.Households.Select(h => h.Number).OrderBy(n => n).ToListAsync()));
        var resident = await world.Read(world.CountyStaff, db => db.Residents.SingleAsync(r => r.Id == family.Members[1].ResidentId));
        Assert.Equal((into.HouseholdId, world.Meixian, Relationship.Sibling), (resident.HouseholdId, resident.TownshipId, resident.Relationship));
        var enrollment = await world.Read(world.CountyStaff, db => db.Enrollments.SingleAsync(e => e.Id == family.Members[1].EnrollmentId));
        Assert.Equal((into.HouseholdId, world.Meixian, EnrollmentStatus.Paid), (enrollment.HouseholdId, enrollment.TownshipId, enrollment.Status));
        var payment = await world.Read(world.CountyStaff, db => db.Payments.SingleAsync());
        Assert.Equal((into.HouseholdId, world.Chengguan), (payment.HouseholdId, payment.TownshipId));
        var details = await world.Send(world.ClerkB, new GetHousehold(into.HouseholdId));
        Assert.Equal(3, details.Members.Count);
        Assert.Contains(details.Members, m => m.Name == "赵二" && m.Enrollment?.Status == EnrollmentStatus.Paid);
        await world.AssertEqualRecountAsync();
        Assert.Equal(2, (await world.Send(world.ClerkB, new ListHouseholdMoves())).Total);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_split_forms_a_new_household_with_a_unique_number_and_one_of_the_members_as_its_head(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "S001", "城东村", "周一", "周二", "周三");
        await world.Send(world.ClerkA, People.Payment(family.Members[2].EnrollmentId, "V-S1"));
        var (second, third) = (family.Members[1].ResidentId, family.Members[2].ResidentId);
        SplitHousehold Split(string number, params Guid[] members) => new()
        {
            HouseholdId = family.HouseholdId, MemberIds = members, HeadResidentId = members[^1], HouseholdNumber = number,
            TownshipId = world.Chengguan, Village = "城西村", Address = "城西村8号",
        };

        var taken = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Split("S001", second, third)));
        var withHead = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Split("S002", family.Members[0].ResidentId, third)));
        var noHead = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, Split("S002", second, third) with { HeadResidentId = family.Members[0].ResidentId }));
        var split = await world.Send(world.ClerkA, Split("S002", second, third));

        Assert.Equal(nameof(SplitHousehold.HouseholdNumber), Assert.Single(taken.Fields!).Property);
        Assert.Contains("S001", taken.Message);
        Assert.Contains("户主不能拆出", withHead.Message);
        Assert.Contains("新户的户主", noHead.Message);
        Assert.True(split.CanOpen);
        var created = await world.Send(world.ClerkA, new GetHousehold(split.HouseholdId));
        Assert.Equal(("S002", "城西村", "周三"), (created.Number, created.Village, created.HeadName));
        Assert.Equal(2, created.Members.Count);
        Assert.Single((await world.Send(world.ClerkA, new GetHousehold(family.HouseholdId))).Members);
        var head = await world.Read(world.CountyStaff, db => db.Residents.SingleAsync(r => r.Id == third));
        Assert.Equal(Relationship.Head, head.Relationship);
        Assert.Equal([EnrollmentStatus.AwaitingPayment, EnrollmentStatus.Paid],
            await world.Read(world.CountyStaff, db => db.Enrollments.Where(e => e.HouseholdId == split.HouseholdId).Select(e => e.Status).OrderBy(s => s).ToListAsync()));
        await world.AssertEqualRecountAsync();
        var move = Assert.Single((await world.Send(world.ClerkA, new ListHouseholdMoves())).Items);
        Assert.Equal((HouseholdMoveKind.Split, "拆户", 2, "本辖区内"), (move.Kind, move.KindText, move.Members, move.Direction));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_merge_moves_every_member_into_the_other_household_and_removes_the_emptied_one(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var b = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "G001", "城东村", "吴一", "吴二");
        await world.Send(world.ClerkA, People.Payment(b.Members[0].EnrollmentId, "V-G1"));
        var a = await world.EnrolledFamily(world.ClerkB, world.Meixian, "G002", "梅东村", "郑一");

        var refused = await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB, new MergeHouseholds(b.HouseholdId, "G002", Relationship.Sibling)));
        var merged = await world.Send(world.ClerkA, new MergeHouseholds(b.HouseholdId, "G002", Relationship.Sibling));

        Assert.Equal(ClerkScope.NotFoundMessage, refused.Message);
        Assert.Equal(a.HouseholdId, merged.HouseholdId);
        Assert.False(merged.CanOpen);
        Assert.Equal(["G002"], await world.Read(world.CountyStaff, db => db.Households.Select(h => h.Number).ToListAsync()));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.CountyStaff, new GetHousehold(b.HouseholdId)));
        var members = (await world.Send(world.ClerkB, new GetHousehold(a.HouseholdId))).Members;
        Assert.Equal(["吴一", "吴二", "郑一"], members.Select(m => m.Name).Order(StringComparer.Ordinal));
        Assert.Equal(3, members.Count(m => m.Enrollment is not null));
        var former = await world.Read(world.CountyStaff, db => db.Residents.SingleAsync(r => r.Id == b.Members[0].ResidentId));
        Assert.Equal((Relationship.Sibling, world.Meixian), (former.Relationship, former.TownshipId));
        await world.AssertEqualRecountAsync();
        var trail = await world.Send(world.ClerkB, new GetHouseholdAudit(a.HouseholdId));
        Assert.Contains(trail, e => e.EntityType == nameof(HouseholdMove) && e.ActionText == "合户");
        var move = Assert.Single((await world.Send(world.ClerkA, new ListHouseholdMoves())).Items);
        Assert.Equal((HouseholdMoveKind.Merge, "G001", "G002", 2, (Guid?)null), (move.Kind, move.FromNumber, move.ToNumber, move.Members, move.OpenHouseholdId));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_clerk_moves_only_out_of_their_own_townships_county_staff_move_anything_and_other_roles_and_tenants_cannot(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "C001", "城东村", "冯一", "冯二");
        var child = family.Members[1].ResidentId;
        var split = new SplitHousehold
        {
            HouseholdId = family.HouseholdId, MemberIds = [child], HeadResidentId = child, HouseholdNumber = "C009",
            TownshipId = world.Meixian, Village = "梅东村", Address = "梅东村1号",
        };
        await world.RegisterHousehold(world.ClerkB, world.Meixian, "C002", "陈一");
        await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "X001", "石一");

        foreach (var user in new[] { world.ClerkB, world.OtherTenantClerk, world.OtherTenantCounty })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(user, new MoveHousehold(family.HouseholdId, world.Meixian, "梅东村")));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(user, new MoveResident(child, "C002", Relationship.Other)));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(user, split));
            await Assert.ThrowsAsync<NotFoundException>(() => world.Send(user, new MergeHouseholds(family.HouseholdId, "C002", Relationship.Other)));
        }

        foreach (var user in new[] { world.Supervisor, world.Admin })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new MoveHousehold(family.HouseholdId, world.Meixian, "梅东村")));
            await Assert.ThrowsAsync<ForbiddenException>(() => world.Send(user, new MergeHouseholds(family.HouseholdId, "C002", Relationship.Other)));
        }

        // Another tenant's township or 户号 is not a destination.
        var township = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new MoveHousehold(family.HouseholdId, world.ShiquanChengguan, "城东村")));
        var number = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new MoveResident(child, "X001", Relationship.Other)));
        var nowhere = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.ClerkA, new MoveHousehold(family.HouseholdId, world.Chengguan, "城东村")));
        Assert.Equal(nameof(MoveHousehold.TownshipId), Assert.Single(township.Fields!).Property);
        Assert.Contains("未找到户号 X001", number.Message);
        Assert.Contains("无需迁移", nowhere.Message);
        Assert.Equal(0, await world.CountAll<HouseholdMove>());

        await world.Send(world.CountyStaff, split);
        await world.Send(world.CountyStaff, new MoveHousehold(family.HouseholdId, world.Meixian, "梅西村"));
        await world.Send(world.ClerkB, new MergeHouseholds(family.HouseholdId, "C002", Relationship.Parent));
        Assert.Equal(3, await world.CountAll<HouseholdMove>());
        // The merge happened within 梅仙镇 after the household left 城关镇: 城关镇's clerk sees the two moves out.
        Assert.Equal(2, (await world.Send(world.ClerkA, new ListHouseholdMoves())).Total);
        Assert.Equal(3, (await world.Send(world.ClerkB, new ListHouseholdMoves())).Total);
        Assert.Equal(0, (await world.Send(world.OtherTenantClerk, new ListHouseholdMoves())).Total);
        await world.AssertEqualRecountAsync();
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_move_list_is_paged_newest_first_and_the_form_offers_every_township_with_its_villages(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var family = await world.EnrolledFamily(world.ClerkA, world.Chengguan, "P001", "城东村", "何一");
        foreach (var (village, i) in new[] { "一村", "二村", "三村" }.Select((v, i) => (v, i)))
        {
            world.Clock.Now = world.Clock.Now.AddMinutes(1);
            await world.Send(world.CountyStaff, new MoveHousehold(family.HouseholdId, i % 2 == 0 ? world.Meixian : world.Chengguan, village));
        }

        var first = await world.Send(world.ClerkA, new ListHouseholdMoves(0, 2));
        var second = await world.Send(world.ClerkA, new ListHouseholdMoves(2, 2));
        var options = await world.Send(world.ClerkA, new GetMoveOptions());

        Assert.Equal(3, first.Total);
        Assert.Equal(["梅仙镇 · 三村", "城关镇 · 二村"], first.Items.Select(m => m.ToPlace));
        Assert.Equal(["梅仙镇 · 一村"], second.Items.Select(m => m.ToPlace));
        Assert.Equal(["城关镇", "梅仙镇"], options.Townships.Select(t => t.Label));
        Assert.Equal(["三村"], options.Villages[world.Meixian]);
    }
}
