using Microsoft.EntityFrameworkCore;
using ResidentMedicalInsurance.Application.Abstractions;
using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Application.Tests.Support;
using ResidentMedicalInsurance.Infrastructure.Persistence;
using ResidentMedicalInsurance.Testing;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Tests.Enrollments;

public sealed class HouseholdEnrollmentTests
{
    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Lianyungang_2008_household_rule_refuses_a_registration_that_leaves_a_member_out(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        await world.UseProfile("lianyungang-2008", new DateTimeOffset(2007, 10, 15, 10, 0, 0, TimeSpan.FromHours(8)));
        var head = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "L001", "刘一", People.IdNumber(new DateOnly(1970, 1, 1)));
        var spouse = await world.Send(world.ClerkA, new AddHouseholdMember(head.HouseholdId,
            People.Person("陈二", People.IdNumber(new DateOnly(1972, 2, 2), male: false), Relationship.Spouse)));
        var child = await world.Send(world.ClerkA, new AddHouseholdMember(head.HouseholdId,
            People.Person("刘三", People.IdNumber(new DateOnly(2000, 3, 3)), Relationship.Child)));

        var incomplete = await Assert.ThrowsAsync<InputValidationException>(() => world.Send(world.ClerkA,
            new EnrollHousehold(head.HouseholdId, [new MemberEnrollment(head.ResidentId, new EnrollmentInput())])));
        Assert.Equal(2, incomplete.Errors.Count);
        Assert.Contains(incomplete.Errors, e => e.Contains("陈二", StringComparison.Ordinal) && e.Contains("第二条", StringComparison.Ordinal));
        Assert.Equal(0, await world.CountAll<Enrollment>());

        var done = await world.Send(world.ClerkA, new EnrollHousehold(head.HouseholdId,
        [
            new MemberEnrollment(head.ResidentId, new EnrollmentInput()),
            new MemberEnrollment(spouse.ResidentId, new EnrollmentInput()),
            new MemberEnrollment(child.ResidentId, new EnrollmentInput(), Deferring: true),
        ]));

        Assert.Equal(2, done.Enrolled.Count);
        Assert.All(done.Enrolled, e => Assert.Equal(120_00, e.Quote.StandardFeeFen));
        Assert.Equal(2, await world.CountAll<Enrollment>());
    }

    [Theory]
    [MemberData(nameof(TestProviders.All), MemberType = typeof(TestProviders))]
    public async Task Without_a_household_rule_members_enrol_individually_and_strangers_are_refused(DatabaseProvider provider)
    {
        await using var world = await ClerkWorld.CreateAsync(provider);
        var head = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H001");
        await world.Send(world.ClerkA, new AddHouseholdMember(head.HouseholdId,
            People.Person("成员", People.IdNumber(new DateOnly(1990, 2, 3)), Relationship.Spouse)));
        var stranger = await world.RegisterHousehold(world.ClerkA, world.Chengguan, "H002");

        var done = await world.Send(world.ClerkA, new EnrollHousehold(head.HouseholdId, [new MemberEnrollment(head.ResidentId, new EnrollmentInput())]));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkA,
            new EnrollHousehold(head.HouseholdId, [new MemberEnrollment(stranger.ResidentId, new EnrollmentInput())])));
        await Assert.ThrowsAsync<NotFoundException>(() => world.Send(world.ClerkB,
            new EnrollHousehold(head.HouseholdId, [new MemberEnrollment(head.ResidentId, new EnrollmentInput())])));

        Assert.Single(done.Enrolled);
        Assert.Equal(1, await world.CountAll<Enrollment>());
    }
}
