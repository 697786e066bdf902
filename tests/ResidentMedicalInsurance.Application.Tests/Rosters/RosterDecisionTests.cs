using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Features.Rosters;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Rosters;

/// <summary>审核 around the household page: a certification approved after enrolment, and a choice of rows that cannot all be approved.</summary>
public sealed class RosterDecisionTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task A_certification_approved_after_enrolment_is_the_household_pages_subsidy_until_payment(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (reg, _) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");
        var idNumber = await world.Read(world.ClerkA, db => db.Residents.Where(r => r.Id == reg.ResidentId).Select(r => r.IdNumber).SingleAsync());
        var before = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId))).Members).Enrollment!;

        await world.Certify(idNumber, "张三", "canji", new DateOnly(2019, 9, 1), department: "残联");

        var member = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(reg.HouseholdId))).Members);
        Assert.True(before.AmountDueFen > 0);
        Assert.Equal(0, member.Enrollment!.AmountDueFen);
        Assert.Equal(
            RosterTexts.Format("Certification_Used", "残疾人", "残联", Display.Date(new DateOnly(2019, 9, 1)), "残联 2020 名单.csv"),
            Assert.Single(member.Certifications));
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Approving_chosen_rows_that_include_one_not_matched_is_refused_by_its_row_number_and_approves_nothing(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var id = People.IdNumber(new DateOnly(1958, 8, 8));
        await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001", "郑一", id);
        var review = await world.Import(RosterFiles.Csv(
            [$"郑一,{id},canji,残联,2019-09-01,,,,", $"郑二,{People.IdNumber(new DateOnly(1960, 2, 2))},canji,残联,2019-09-01,,,,"]), department: "残联");
        var rows = (await world.Send(world.CountyStaff, new ListRosterRows(review.Roster.Id))).Items;

        var refused = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            world.Send(world.CountyStaff, new ApproveRosterRows(review.Roster.Id, [.. rows.Select(r => r.Id)])));

        Assert.Contains("第 3 行未比对成功", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await world.Read(world.CountyStaff, db => db.SubsidyCertifications.CountAsync()));
        Assert.Equal(1, (await world.Send(world.CountyStaff, new GetRoster(review.Roster.Id))).Pending);
    }
}
