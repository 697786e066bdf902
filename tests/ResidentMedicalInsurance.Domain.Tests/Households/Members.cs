using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Domain.Tests.Households;

/// <summary>A resident with only what every entity test needs: a name, a valid ID number and a relationship.</summary>
internal static class Members
{
    public static Resident Member(Relationship relationship = Relationship.Child) =>
        new() { Id = Guid.NewGuid(), Name = "王小", IdNumber = "320703201005011235", Relationship = relationship };
}
