using ResidentMedicalInsurance.Domain.Common;

namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>A household register entry (户): number, address, township and village, head and members.</summary>
public sealed class Household : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int NumberMaxLength = 32;
    public const int AddressMaxLength = 200;
    public const int VillageMaxLength = 64;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid TownshipId { get; set; }

    /// <summary>Village or community (村/社区), as typed.</summary>
    public required string Village { get; set; }

    /// <summary>Household number (户号), unique per tenant.</summary>
    public required string Number { get; set; }
    public required string Address { get; set; }

    /// <summary>The head of household (户主), one of <see cref="Members"/>.</summary>
    public Guid? HeadResidentId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<Resident> Members { get; } = [];

    Guid IHouseholdScoped.HouseholdId => Id;

    /// <summary>迁移: the household to another township and/or village of the tenant (ADR 0070); the caller moves the members' copies.</summary>
    public void MoveTo(Guid townshipId, string village)
    {
        var trimmed = village.Trim();
        if (townshipId == TownshipId && trimmed == Village)
        {
            throw new DomainException("迁入地与现住乡镇、村（社区）相同，无需迁移。");
        }

        TownshipId = townshipId;
        Village = trimmed;
    }
}
