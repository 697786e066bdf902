using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// A resident's certifications as the household page lists them: the category the enrolment's subsidy uses
/// first (one subsidy, never stacked), then the others as 同时认定, each with its department, date and roster.
/// </summary>
public static class CertificationLines
{
    public static IReadOnlyList<string> For(IReadOnlyList<SubsidyCertification> certifications, string? usedCode, IReadOnlyList<CategoryRule> categories) =>
        certifications
            .OrderBy(c => c.Code == usedCode ? 0 : 1).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => RosterTexts.Format(
                usedCode is not null && c.Code == usedCode ? "Certification_Used" : usedCode is null ? "Certification_Line" : "Certification_Also",
                categories.FirstOrDefault(r => r.Code == c.Code)?.Name ?? c.Code, c.Department, Display.Date(c.CertifiedOn), c.Source))
            .ToList();
}
