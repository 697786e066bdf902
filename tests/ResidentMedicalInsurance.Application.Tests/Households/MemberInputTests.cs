using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Domain.Auditing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Households;

/// <summary>Bad input on the member, update and household-enrolment commands: zh-CN messages, nothing saved.</summary>
public sealed class MemberInputTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Bad_member_update_and_household_enrolment_input_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "郑一", id);
        var before = (await world.CountAll<Resident>(), await world.CountAll<AuditEntry>());

        var secondHead = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new AddHouseholdMember(reg.HouseholdId, People.Person("郑二", People.IdNumber(new DateOnly(1982, 1, 1))))));
        Assert.Contains("该户已有户主，请选择新成员与户主的关系。", secondHead.Errors);

        var future = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new AddHouseholdMember(reg.HouseholdId, People.Person("郑三", People.IdNumber(world.Clock.Today.AddYears(1)), Relationship.Child))));
        Assert.Single(future.Errors);

        var document = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new AddHouseholdMember(reg.HouseholdId, People.Person("郑四", People.IdNumber(new DateOnly(2001, 1, 1)), Relationship.Child)
                with { OtherDocument = OtherDocumentKind.ResidencePermit })));
        Assert.Contains("已选择其他证件，请填写证件号码。", document.Errors);

        var longName = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new UpdateResident(reg.ResidentId, People.Person(new string('郑', 60), id))));
        Assert.Contains("姓名过长", longName.Message);
        var headChange = await Assert.ThrowsAsync<DomainException>(() => world.Send(world.ClerkA,
            new UpdateResident(reg.ResidentId, People.Person("郑一", id, Relationship.Spouse))));
        Assert.Contains("户主不能在此变更", headChange.Message);

        var empty = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new EnrollHousehold(reg.HouseholdId, [])));
        Assert.Contains("请至少选择一名家庭成员。", empty.Errors);
        var twice = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new EnrollHousehold(reg.HouseholdId,
            [new MemberEnrollment(reg.ResidentId, new EnrollmentInput()), new MemberEnrollment(reg.ResidentId, new EnrollmentInput())])));
        Assert.Contains("同一成员只能选择一次。", twice.Errors);

        Assert.Equal(before, (await world.CountAll<Resident>(), await world.CountAll<AuditEntry>()));
        Assert.Equal(0, await world.CountAll<Enrollment>());
        Assert.Equal("郑一", (await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId))).HeadName);
    }

    [Theory]
    [MemberData(nameof(NamesWithFormatCharacters))]
    public async Task Names_with_invisible_format_characters_are_refused_with_a_message(DatabaseProvider provider, string name)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1980, 5, 6));
        var reg = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "郑一", id);

        var update = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA, new UpdateResident(reg.ResidentId, People.Person(name, id))));
        var register = await Assert.ThrowsAsync<InputValidationException>(() => world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002", name));

        const string message = "姓名含有不可见的格式字符（如文字方向控制符、零宽字符），请删除后重新输入。";
        Assert.Contains(message, update.Errors);
        Assert.Contains(message, register.Errors);
        Assert.Equal("郑一", (await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId))).HeadName);
    }

    public static TheoryData<DatabaseProvider, string> NamesWithFormatCharacters()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in TestProviders.Available)
        {
            data.Add(provider, "郑\u202E一"); // right-to-left override: 郑一 shown reversed
            data.Add(provider, "郑\u2066一\u2069"); // left-to-right isolate
            data.Add(provider, "郑\u200B一"); // zero-width space
            data.Add(provider, "\uFEFF郑一"); // byte order mark
        }

        return data;
    }
}
