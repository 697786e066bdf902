using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Domain.Households;

/// <summary>
/// A person on a household register. One resident per ID number per tenant; birth date and sex
/// come from the ID number. Names are stored exactly as typed (escaped only when displayed).
/// </summary>
public sealed class Resident : ITenantOwned, IHouseholdScoped, ITownshipScoped
{
    public const int NameMaxLength = 50;
    public const int PhoneMaxLength = 20;
    public const int DocumentNumberMaxLength = 32;

    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public Guid HouseholdId { get; set; }

    /// <summary>Township of the household, copied for scope checks and search.</summary>
    public Guid TownshipId { get; set; }
    public required string Name { get; set; }

    /// <summary>18-character resident ID number (公民身份号码), upper-case check digit.</summary>
    public required string IdNumber { get; set; }
    public DateOnly BirthDate { get; set; }
    public Sex Sex { get; set; }
    public Relationship Relationship { get; set; }

    /// <summary>Another document besides the ID card, if any (居住证, 港澳台居民居住证, 出生医学证明).</summary>
    public OtherDocumentKind OtherDocument { get; set; }
    public string? OtherDocumentNumber { get; set; }
    public HukouKind Hukou { get; set; }
    public StudentStatus Student { get; set; }

    /// <summary>Currently covered by urban employee medical insurance (城镇职工医保).</summary>
    public bool EmployeeInsurance { get; set; }
    public string? Phone { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
