using ResidentMedicalInsurance.Domain.Common;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Tests.Households;

/// <summary>户籍变动 (ADR 0070): a household moves to another township or village; a resident joins another household.</summary>
public sealed class HouseholdChangeTests
{
    private static readonly Guid Township = Guid.NewGuid();

    private static Household Household() =>
        new() { Id = Guid.NewGuid(), TownshipId = Township, Village = "城关村", Number = "H1", Address = "城关村1号" };

    [Fact]
    public void A_household_moves_to_another_village_of_its_township_or_to_another_township()
    {
        var household = Household();
        household.MoveTo(Township, " 新村 ");
        Assert.Equal((Township, "新村"), (household.TownshipId, household.Village));

        var other = Guid.NewGuid();
        household.MoveTo(other, "新村");
        Assert.Equal((other, "新村"), (household.TownshipId, household.Village));
    }

    [Fact]
    public void A_move_to_where_the_household_already_lives_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => Household().MoveTo(Township, " 城关村"));
        Assert.Equal("迁入地与现住乡镇、村（社区）相同，无需迁移。", error.Message);
    }

    [Fact]
    public void A_resident_joining_a_household_takes_its_township_and_the_relationship_given()
    {
        var resident = Members.Member();
        var household = Household();

        resident.JoinHousehold(household, Relationship.Grandchild);

        Assert.Equal((household.Id, Township, Relationship.Grandchild), (resident.HouseholdId, resident.TownshipId, resident.Relationship));
        var error = Assert.Throws<DomainException>(() => resident.JoinHousehold(household, (Relationship)99));
        Assert.Equal("请选择与户主关系。", error.Message);
        Assert.Throws<ArgumentNullException>(() => resident.JoinHousehold(null!, Relationship.Child));
    }
}
