using ResidentMedicalInsurance.Domain.Enrollments;

namespace ResidentMedicalInsurance.Application.Policy;

/// <summary>
/// The quote's line saying where the subsidy's certification came from: the department, its date, the
/// roster and when county staff approved it (issue 9: the clerk sees the roster in the basis).
/// </summary>
internal static class CertificationBasis
{
    public static IEnumerable<string> For(string? subsidyCode, IEnumerable<SubsidyCertification> certifications)
    {
        if (subsidyCode is null || certifications.FirstOrDefault(c => c.Code == subsidyCode) is not { } used)
        {
            yield break;
        }

        yield return Features.Rosters.RosterTexts.Format(
            "Basis_Certification", used.Department, Display.Date(used.CertifiedOn), used.Source, Display.Time(used.ApprovedAt));
    }
}
