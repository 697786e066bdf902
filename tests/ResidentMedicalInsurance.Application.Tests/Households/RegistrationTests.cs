using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Tests.Households;

public sealed class RegistrationTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Register_fills_birth_date_and_sex_from_the_id_number(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1975, 3, 9), male: false);

        var result = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", idNumber: id);

        Assert.False(result.AlreadyRegistered);
        var resident = await world.Read(world.ClerkA, db => db.Residents.SingleAsync());
        Assert.Equal(new DateOnly(1975, 3, 9), resident.BirthDate);
        Assert.Equal(Sex.Female, resident.Sex);
        Assert.Equal(Relationship.Head, resident.Relationship);
        var household = await world.Send(world.ClerkA, new GetHousehold(result.HouseholdId));
        Assert.Equal("张三", household.HeadName);
        Assert.Equal("城关镇", household.TownshipName);
        Assert.Equal(ResidentIdMask.Mask(id), Assert.Single(household.Members).MaskedIdNumber);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_second_registration_of_the_same_id_number_finds_the_first(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 1, 2));
        var first = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", idNumber: id);
        var other = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002");

        var again = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H003", "李四", id.ToLowerInvariant());
        var asMember = await world.Send(world.ClerkA, new AddHouseholdMember(other.HouseholdId, People.Person("王五", id, Relationship.Child)));

        Assert.True(again.AlreadyRegistered);
        Assert.Equal(first.ResidentId, again.ResidentId);
        Assert.Equal(first.ResidentId, asMember.ResidentId);
        Assert.Contains("已登记", again.Message);
        Assert.Equal(2, await world.CountAll<Resident>());
        Assert.Equal(2, await world.CountAll<Household>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task The_same_id_number_registered_in_a_township_out_of_scope_is_refused_without_details(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 1, 2));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "赵六", id);

        var ex = await Assert.ThrowsAsync<AppException>(() => world.RegisterHousehold(world.ClerkB, world.Meixian, "M001", idNumber: id));

        Assert.Contains("其他乡镇", ex.Message);
        Assert.DoesNotContain("赵六", ex.Message);
        Assert.Equal(1, await world.CountAll<Household>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_second_tenant_may_register_the_same_id_number_independently(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 1, 2));
        var youxi = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", idNumber: id);

        var shiquan = await world.RegisterHousehold(world.OtherTenantClerk, world.ShiquanChengguan, "H001", idNumber: id);

        Assert.False(shiquan.AlreadyRegistered);
        Assert.NotEqual(youxi.ResidentId, shiquan.ResidentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Invalid_id_numbers_are_refused_with_a_message_and_nothing_is_saved(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var valid = People.IdNumber(new DateOnly(1980, 5, 6));
        var badChecksum = valid[..17] + (valid[17] == '0' ? '1' : '0');
        var future = People.IdNumber(world.Clock.Today.AddDays(1));
        foreach (var bad in new[] { valid[..17], badChecksum, "3504261980050600AB", future, "", "not a number" })
        {
            var ex = await Assert.ThrowsAsync<InputValidationException>(
                () => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", idNumber: bad));
            Assert.Single(ex.Errors);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", ex.Message);
        }

        Assert.Equal(0, await world.CountAll<Household>());
        Assert.Equal(0, await world.CountAll<Resident>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Over_long_names_are_refused_and_script_bearing_names_are_stored_as_typed(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var longName = new string('张', Resident.NameMaxLength + 1);
        var ex = await Assert.ThrowsAsync<InputValidationException>(
            () => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", longName));
        Assert.Contains("姓名过长", ex.Message);
        await Assert.ThrowsAsync<InputValidationException>(
            () => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "   "));
        await Assert.ThrowsAsync<InputValidationException>(
            () => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "张\u0000三"));
        Assert.Equal(0, await world.CountAll<Resident>());

        const string script = "<script>alert('x')</script>";
        var ok = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", script);

        var found = await world.Send(world.ClerkA, new SearchResidents("script"));
        Assert.Equal(script, Assert.Single(found.Items).Name);
        Assert.Equal(ok.ResidentId, found.Items[0].ResidentId);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Household_numbers_are_unique_per_tenant_and_bad_fields_get_messages(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");

        var dup = await Assert.ThrowsAsync<AppException>(() => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001"));
        Assert.Contains("户号 H001 已登记", dup.Message);

        var bad = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new RegisterHousehold
        {
            TownshipId = world.Chengguan,
            Village = "",
            HouseholdNumber = "H 002;",
            Address = new string('路', Household.AddressMaxLength + 1),
            Head = People.Person("钱七", People.IdNumber(new DateOnly(1990, 1, 1))) with { Phone = "call me" },
        }));
        Assert.Contains("请填写村（社区）。", bad.Errors);
        Assert.Contains("户号只能包含数字、字母和连字符。", bad.Errors);
        Assert.Contains(bad.Errors, e => e.StartsWith("住址过长", StringComparison.Ordinal));
        Assert.Contains(bad.Errors, e => e.StartsWith("联系电话格式不正确", StringComparison.Ordinal));
        Assert.Equal(1, await world.CountAll<Household>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Search_finds_by_id_number_name_household_number_and_phone_and_masks_the_id(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "孙小红", id);
        await world.Send(world.ClerkA, new AddHouseholdMember(reg.HouseholdId,
            People.Person("孙小明", People.IdNumber(new DateOnly(2010, 1, 1)), Relationship.Child) with { Phone = "13912345678" }));

        Assert.Equal(reg.ResidentId, Assert.Single((await world.Send(world.ClerkA, new SearchResidents(id))).Items).ResidentId);
        Assert.Equal(reg.ResidentId, Assert.Single((await world.Send(world.ClerkA, new SearchResidents(id[^6..]))).Items).ResidentId);
        Assert.Equal(2, (await world.Send(world.ClerkA, new SearchResidents("孙小"))).Total);
        Assert.Equal(2, (await world.Send(world.ClerkA, new SearchResidents("H001"))).Total);
        var byPhone = Assert.Single((await world.Send(world.ClerkA, new SearchResidents("13912345678"))).Items);
        Assert.Equal("孙小明", byPhone.Name);
        Assert.Equal("子女", byPhone.RelationshipText);

        var item = Assert.Single((await world.Send(world.ClerkA, new SearchResidents("孙小红"))).Items);
        Assert.Equal(id[..6] + "********" + id[^4..], item.MaskedIdNumber);
        Assert.DoesNotContain(id, item.ToString());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Update_resident_changes_details_but_not_the_id_number(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "周一", id);

        await world.Send(world.ClerkA, new UpdateResident(reg.ResidentId, People.Person("周壹", id) with { EmployeeInsurance = true }));
        var other = People.IdNumber(new DateOnly(1981, 5, 6));
        var changed = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new UpdateResident(reg.ResidentId, People.Person("周壹", other))));
        Assert.Equal("Details.IdNumber", Assert.Single(changed.Fields).Property);

        var resident = await world.Read(world.ClerkA, db => db.Residents.SingleAsync());
        Assert.Equal("周壹", resident.Name);
        Assert.True(resident.EmployeeInsurance);
        Assert.Equal(id, resident.IdNumber);
    }
}
