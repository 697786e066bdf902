using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

/// <summary>An enrolment made while payments are not taken stores no fee and the household shows why, not 0.00 元.</summary>
public sealed class AmountDueTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Enrolling_before_the_window_opens_stores_no_fee_and_the_household_shows_todays_status(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        world.Clock.Now = new DateTimeOffset(2019, 8, 20, 10, 0, 0, TimeSpan.FromHours(8)); // 尤溪 2020: window from 2019-09-01
        var registration = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        var household = await world.Send(world.ClerkA, new EnrollHousehold(registration.HouseholdId,
            [new MemberEnrollment(registration.ResidentId, new EnrollmentInput())]));

        var stored = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync());
        var before = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId))).Members).Enrollment!;
        var form = await world.Send(world.ClerkA, new GetRegistrationForm(stored.Id));
        world.Clock.Now = new DateTimeOffset(2019, 11, 15, 10, 0, 0, TimeSpan.FromHours(8));
        var open = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId))).Members).Enrollment!;
        world.Clock.Now = new DateTimeOffset(2020, 7, 2, 10, 0, 0, TimeSpan.FromHours(8));
        var july = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId))).Members).Enrollment!;

        Assert.False(Assert.Single(household.Enrolled).Quote.Accepted);
        Assert.Null(stored.AmountDueFen);
        Assert.Null(stored.StandardFeeFen);
        Assert.Null(stored.SubsidyFen);
        Assert.Null(before.AmountDueFen);
        Assert.Equal("今日不能缴费：本年度缴费期尚未开始", before.AmountDueText);
        Assert.Equal("—", form.AmountDueText);
        Assert.Equal(250_00, open.AmountDueFen);
        Assert.Equal("250.00 元", open.AmountDueText);
        Assert.Equal("770.00 元", july.AmountDueText);
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Enrolling_while_payments_are_taken_stores_the_quote(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var (registration, _) = await world.RegisterAndEnroll(world.ClerkA, world.Chengguan, "H001");

        var stored = await world.Read(world.ClerkA, db => db.Enrollments.SingleAsync());
        var summary = Assert.Single((await world.Send(world.ClerkA, new GetHousehold(registration.HouseholdId))).Members).Enrollment!;

        Assert.Equal(250_00, stored.AmountDueFen);
        Assert.Equal(250_00, stored.StandardFeeFen);
        Assert.Equal(0, stored.SubsidyFen);
        Assert.Equal("250.00 元", summary.AmountDueText);
    }
}
