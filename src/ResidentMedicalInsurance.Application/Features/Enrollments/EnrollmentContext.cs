using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>Loads what an enrolment decision reads: the resident (in scope), certifications and the profile.</summary>
internal static class EnrollmentContext
{
    public static async Task<Resident> ResidentInScope(IAppDbContext db, ICurrentUser user, Guid residentId, CancellationToken ct) =>
        (await db.Residents.InScope(user).FirstOrDefaultAsync(r => r.Id == residentId, ct).ConfigureAwait(false)).Found();

    /// <summary>The input's categories as (unsaved) certifications, checked against the profile.</summary>
    public static List<SubsidyCertification> Certifications(Resident resident, EnrollmentInput input, PolicyProfileView profile)
    {
        var unknown = input.Categories.Where(c => profile.Categories.All(p => p.Code != c.Code)).Select(c => c.Code).ToList();
        if (unknown.Count > 0)
        {
            throw new InputValidationException(
                [$"资助身份 {string.Join("、", unknown)} 不在{profile.Title}的资助范围内，请从列表中选择。"]);
        }

        return input.Categories.Select(c => new SubsidyCertification
        {
            Id = Guid.CreateVersion7(),
            ResidentId = resident.Id,
            HouseholdId = resident.HouseholdId,
            Code = c.Code,
            CertifiedOn = c.CertifiedOn,
        }).ToList();
    }

    /// <summary>Replaces the resident's stored certifications with the form's (tracked changes, audited).</summary>
    public static async Task SaveCertifications(IAppDbContext db, Resident resident, List<SubsidyCertification> certifications, CancellationToken ct)
    {
        var stored = await db.SubsidyCertifications.Where(c => c.ResidentId == resident.Id).ToListAsync(ct).ConfigureAwait(false);
        foreach (var old in stored.Where(s => certifications.All(c => c.Code != s.Code)))
        {
            db.SubsidyCertifications.Remove(old);
        }

        foreach (var cert in certifications)
        {
            if (stored.FirstOrDefault(s => s.Code == cert.Code) is { } existing)
            {
                existing.CertifiedOn = cert.CertifiedOn;
            }
            else
            {
                db.SubsidyCertifications.Add(cert);
            }
        }
    }

    public static Task<List<SubsidyCertification>> StoredCertifications(IAppDbContext db, Guid residentId, CancellationToken ct) =>
        db.SubsidyCertifications.AsNoTracking().Where(c => c.ResidentId == residentId).ToListAsync(ct);
}
