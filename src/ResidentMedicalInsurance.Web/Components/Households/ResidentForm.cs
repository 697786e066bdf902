using ResidentMedicalInsurance.Application.Features.Common;
using ResidentMedicalInsurance.Application.Features.Households;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Web.Components.Households;

/// <summary>The resident fields as typed; birth date and sex are read from the ID number on blur.</summary>
public sealed class ResidentForm
{
    public string Name { get; set; } = "";
    public string IdNumber { get; set; } = "";
    public Relationship Relationship { get; set; } = Relationship.Child;
    public OtherDocumentKind OtherDocument { get; set; }
    public string? OtherDocumentNumber { get; set; }
    public HukouKind Hukou { get; set; }
    public StudentStatus Student { get; set; }
    public bool EmployeeInsurance { get; set; }
    public string? Phone { get; set; }

    // 参保条件 (ResidentFacts): what the clerk knows, sent to the policy with every preview.
    public bool InsuredElsewhere { get; set; }
    public bool Employed { get; set; }
    public int ResidentYears { get; set; }
    public bool ArmedPolice { get; set; }
    public bool ParentInsuredInPrefecture { get; set; }
    public DateOnly? PermitValidUntil { get; set; }

    /// <summary>Whether any fact is recorded: the facts section then opens by itself.</summary>
    public bool HasFacts => InsuredElsewhere || Employed || ResidentYears != 0 || ArmedPolice || ParentInsuredInPrefecture || PermitValidUntil is not null;

    public void SetFacts(ResidentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        (InsuredElsewhere, Employed, ResidentYears, ArmedPolice, ParentInsuredInPrefecture, PermitValidUntil) =
            (facts.InsuredElsewhere, facts.Employed, facts.ResidentYears, facts.ArmedPolice, facts.ParentInsuredInPrefecture, facts.PermitValidUntil);
    }

    public string? BirthDateText { get; private set; }
    public string? SexText { get; private set; }
    public string? IdProblem { get; private set; }

    /// <summary>The ID number's region code (first six digits) and birth year once it has been read; null before.</summary>
    private (string Region, int BirthYear)? read;

    /// <summary>本地户籍 with a number issued outside the tenant's area: a note beside 户籍, saving still works.</summary>
    public string? HukouNote(ClerkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return read is { } r ? Plausibility.HukouNote(Hukou, r.Region, options.RegionCodes, options.TenantName) : null;
    }

    /// <summary>A child born before the head (<paramref name="headBirthYear"/>): a note beside 与户主关系, saving still works.</summary>
    public string? RelationshipNote(int? headBirthYear) =>
        read is { } r ? Plausibility.RelationshipNote(Relationship, r.BirthYear, headBirthYear) : null;

    /// <summary>What is wrong with the name as typed (control or format characters, length), shown beside the field; the handler checks the same rule.</summary>
    public string? NameProblem => string.IsNullOrEmpty(Name) ? null : TextRules.NameProblem(Name, Messages.Get("ResidentInput_NameField"), Resident.NameMaxLength);

    /// <summary>Fills birth date and sex from the ID number, or says what is wrong with it.</summary>
    public void ReadIdNumber(DateOnly today)
    {
        BirthDateText = SexText = IdProblem = null;
        read = null;
        if (string.IsNullOrWhiteSpace(IdNumber))
        {
            return;
        }

        if (ResidentIdNumber.TryParse(IdNumber, today, out var id, out var error))
        {
            BirthDateText = Display.Date(id.BirthDate);
            SexText = Labels.Of(id.Sex);
            read = (id.RegionCode, id.BirthDate.Year);
        }
        else
        {
            IdProblem = ResidentIdMessages.Of(error);
        }
    }

    public ResidentInput ToInput() => new()
    {
        Name = Name,
        IdNumber = IdNumber,
        Relationship = Relationship,
        OtherDocument = OtherDocument,
        OtherDocumentNumber = OtherDocumentNumber,
        Hukou = Hukou,
        Student = Student,
        EmployeeInsurance = EmployeeInsurance,
        Phone = Phone,
        Facts = new ResidentFacts
        {
            InsuredElsewhere = InsuredElsewhere, Employed = Employed, ResidentYears = ResidentYears, ArmedPolice = ArmedPolice,
            ParentInsuredInPrefecture = ParentInsuredInPrefecture, PermitValidUntil = PermitValidUntil,
        },
    };
}
