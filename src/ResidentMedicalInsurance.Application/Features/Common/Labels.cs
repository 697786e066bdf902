using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Domain.Payments;
using ResidentMedicalInsurance.Domain.Refunds;
using ResidentMedicalInsurance.Domain.Residents;

namespace ResidentMedicalInsurance.Application.Features.Common;

/// <summary>Labels of the domain's enumerations, in the user's language (<see cref="Texts"/>: key <c>Type_Value</c>).</summary>
public static class Labels
{
    public static string Of(Sex sex) => Texts.Get($"Sex_{sex}");

    public static string Of(Relationship r) => Texts.Get($"Relationship_{(Enum.IsDefined(r) ? r : Relationship.Other)}");

    public static string Of(HukouKind h) => Texts.Get($"Hukou_{h}");

    public static string Of(StudentStatus s) => Texts.Get($"Student_{s}");

    public static string Of(OtherDocumentKind d) => Texts.Get($"OtherDocument_{d}");

    public static string Of(EnrollmentStatus s) => Texts.Get($"EnrollmentStatus_{s}");

    public static string Of(RefundStatus s) => Texts.Get($"RefundStatus_{s}");

    /// <summary>有效 / 已冲正.</summary>
    public static string Of(PaymentStatus s) => Texts.Get($"PaymentStatus_{s}");

    public static string Of(RefundReason r) => Texts.Get($"RefundReason_{r}");

    public static string EmployeeInsurance(bool insured) => Texts.Get(insured ? "EmployeeInsurance_Yes" : "EmployeeInsurance_No");

    public static string Of(DepartureReason d) => Texts.Get($"Departure_{d}");

    /// <summary>Labels of the circumstances that are set, in the catalogue's order: 外出务工, 职工医保停保（date）, 连续参保 3 年.</summary>
    /// <summary>The eligibility facts recorded for a resident, one text each; empty when none is.</summary>
    public static IReadOnlyList<string> Of(ResidentFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var texts = new List<string>();
        void Flag(bool set, string key)
        {
            if (set)
            {
                texts.Add(Texts.Get(key));
            }
        }

        Flag(f.InsuredElsewhere, "Facts_InsuredElsewhere");
        Flag(f.Employed, "Facts_Employed");
        Flag(f.ArmedPolice, "Facts_ArmedPolice");
        Flag(f.ParentInsuredInPrefecture, "Facts_ParentInsured");
        if (f.ResidentYears > 0)
        {
            texts.Add(Texts.Format("Facts_ResidentYears", f.ResidentYears));
        }

        if (f.PermitValidUntil is { } until)
        {
            texts.Add(Texts.Format("Facts_PermitValidUntil", Display.Date(until)));
        }

        return texts;
    }

    public static IReadOnlyList<string> Of(EnrollmentCircumstances c) =>
        StoredCircumstance.All.Select(s => TextIfSet(s, c)).OfType<string>().ToList();

    private static string? TextIfSet(StoredCircumstance stored, EnrollmentCircumstances c) => stored switch
    {
        StoredCircumstance<bool> flag => flag.Get(c) ? flag.Circumstance.Label : null,
        StoredCircumstance<DateOnly?> date => date.Get(c) is { } d ? $"{date.Circumstance.Label}（{Display.Date(d)}）" : null,
        StoredCircumstance<int> number => number.Get(c) is > 0 and var n ? $"{number.Circumstance.Label} {n} {number.Circumstance.Unit}" : null,
        _ => null,
    };
}
