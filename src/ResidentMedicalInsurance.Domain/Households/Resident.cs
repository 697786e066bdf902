using ResidentMedicalInsurance.Domain.Common;
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

    public bool InsuredElsewhere { get; set; }
    public bool Employed { get; set; }
    public int ResidentYears { get; set; }
    public bool ArmedPolice { get; set; }
    public bool ParentInsuredInPrefecture { get; set; }
    public DateOnly? PermitValidUntil { get; set; }

    /// <summary>The eligibility facts a clerk recorded (<see cref="ResidentFacts"/>), stored as columns of the resident.</summary>
    public ResidentFacts Facts
    {
        get => new()
        {
            InsuredElsewhere = InsuredElsewhere, Employed = Employed, ResidentYears = ResidentYears, ArmedPolice = ArmedPolice,
            ParentInsuredInPrefecture = ParentInsuredInPrefecture, PermitValidUntil = PermitValidUntil,
        };
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            (InsuredElsewhere, Employed, ResidentYears, ArmedPolice, ParentInsuredInPrefecture, PermitValidUntil) =
                (value.InsuredElsewhere, value.Employed, value.ResidentYears, value.ArmedPolice, value.ParentInsuredInPrefecture, value.PermitValidUntil);
        }
    }

    /// <summary>Why the resident is no longer on the household's roll (死亡, 户口迁出, 离户), if so.</summary>
    public DepartureReason? Departure { get; private set; }

    /// <summary>The date of that event (死亡日期, 迁出日期).</summary>
    public DateOnly? DepartedOn { get; private set; }

    /// <summary>
    /// 信息变更: every detail but the ID number (it identifies the record) and the birth date and sex read
    /// from it. The head stays the head and no other member becomes one (changing the head is county work).
    /// </summary>
    public void Correct(ResidentDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        if ((details.Relationship == Relationship.Head) != (Relationship == Relationship.Head))
        {
            throw new DomainException("户主不能在此变更；如需变更户主，请联系县医保局办理。");
        }

        Name = details.Name.Trim();
        Relationship = details.Relationship;
        OtherDocument = details.OtherDocument;
        OtherDocumentNumber = Trimmed(details.OtherDocumentNumber);
        Hukou = details.Hukou;
        Student = details.Student;
        EmployeeInsurance = details.EmployeeInsurance;
        Phone = Trimmed(details.Phone);
        Facts = details.Facts ?? Facts;
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>死亡 / 迁出 / 离户: records the fact once; the caller ends the enrolment as the policy says (ADR 0049).</summary>
    public void MarkDeparted(DepartureReason reason, DateOnly on)
    {
        if (Departure is not null)
        {
            throw new DomainException("该居民已登记为死亡、迁出或离户，不能再次登记。");
        }

        if (!Enum.IsDefined(reason))
        {
            throw new DomainException("请选择变动原因。");
        }

        Departure = reason;
        DepartedOn = on;
    }

    /// <summary>
    /// 迁移/拆户/合户 (ADR 0070): the resident now belongs to <paramref name="household"/> with <paramref name="relationship"/> to its head
    /// (<see cref="Relationship.Head"/> only as the head of a household split off). A merge moves departed members too.
    /// </summary>
    public void JoinHousehold(Household household, Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(household);
        if (!Enum.IsDefined(relationship))
        {
            throw new DomainException("请选择与户主关系。");
        }

        HouseholdId = household.Id;
        TownshipId = household.TownshipId;
        Relationship = relationship;
    }
}

/// <summary>A resident's details a correction may change (everything but the ID number).</summary>
public sealed record ResidentDetails(
    string Name, Relationship Relationship, OtherDocumentKind OtherDocument, string? OtherDocumentNumber,
    HukouKind Hukou, StudentStatus Student, bool EmployeeInsurance, string? Phone, ResidentFacts? Facts = null);

/// <summary>Why a resident left the roll.</summary>
public enum DepartureReason
{
    /// <summary>死亡.</summary>
    Death = 1,

    /// <summary>户口迁出 (out of the tenant).</summary>
    MovedOut = 2,

    /// <summary>离户: left this household (married out, separate household), still a resident here.</summary>
    LeftHousehold = 3,
}
