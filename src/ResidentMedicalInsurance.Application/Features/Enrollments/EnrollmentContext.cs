using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Enrollments;

/// <summary>Loads what an enrolment decision reads: the resident (in scope) and the approved certifications.</summary>
internal static class EnrollmentContext
{
    public static async Task<Resident> ResidentInScope(IAppDbContext db, ICurrentUser user, Guid residentId, CancellationToken ct) =>
        (await db.Residents.InScope(user).FirstOrDefaultAsync(r => r.Id == residentId, ct).ConfigureAwait(false)).Found();

    /// <summary>The resident's certifications the quote reads: approved from a roster for that year and not ended since.</summary>
    public static Task<List<SubsidyCertification>> StoredCertifications(IAppDbContext db, Guid residentId, int year, CancellationToken ct) =>
        db.SubsidyCertifications.AsNoTracking().Live(year).Where(c => c.ResidentId == residentId).ToListAsync(ct);

    /// <summary>Live certifications of <paramref name="year"/> (one concept: every reader filters the same way).</summary>
    public static IQueryable<SubsidyCertification> Live(this IQueryable<SubsidyCertification> certifications, int year) =>
        certifications.Where(c => c.Year == year && c.EndedAt == null);
}
