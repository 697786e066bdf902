using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;
using ResidentMedicalInsurance.Policies;

namespace ResidentMedicalInsurance.Application.Features.Rosters;

/// <summary>
/// 名册汇总 of 部门代缴 (Shiquan 五(一), Lianyungang 二(二), Haimen 七, Youxi 六(二)): the enrolled, unpaid residents
/// whose quote on a date is fully waived by an approved certification of the department, with the amount the
/// department pays for each and its funding source. The certification the quote uses decides the department.
/// </summary>
internal static class DepartmentPayments
{
    public sealed record Due(Enrollment Enrollment, Resident Resident, PolicyQuote Quote, SubsidyCertification Certification, CategoryRule Category);

    public static async Task<List<Due>> ForAsync(IAppDbContext db, IPolicyGateway policy, PolicyProfileView profile, string? department, DateOnly on, bool track, CancellationToken ct)
    {
        var categories = policy.Categories(profile.Id).Where(c => c.Mode == SubsidyMode.Waived).ToDictionary(c => c.Code);
        var certifications = await db.SubsidyCertifications.AsNoTracking().Live(profile.Year).ToListAsync(ct);
        var live = db.SubsidyCertifications.Live(profile.Year);
        var enrollments = track ? db.Enrollments : db.Enrollments.AsNoTracking();

        // Only certified residents can be on the list: the database leaves out the county's other unpaid enrolments.
        var awaiting = await enrollments
            .Where(e => e.Year == profile.Year && e.Status == EnrollmentStatus.AwaitingPayment && live.Any(c => c.ResidentId == e.ResidentId))
            .ToListAsync(ct);
        var ids = awaiting.Select(e => e.ResidentId).ToList();
        var residents = await db.Residents.AsNoTracking().Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct);
        var byResident = certifications.ToLookup(c => c.ResidentId);

        var due = new List<Due>();
        foreach (var e in awaiting)
        {
            var resident = residents[e.ResidentId];
            var quote = policy.Quote(e.ProfileId, resident, byResident[e.ResidentId], e.Circumstances, on);
            if (quote is not { Accepted: true, AmountDueFen: 0, SubsidyFen: > 0, SubsidyCode: { } code } || !categories.TryGetValue(code, out var category))
            {
                continue;
            }

            var certification = byResident[e.ResidentId].First(c => c.Code == code);
            if (department is null || certification.Department == department)
            {
                due.Add(new Due(e, resident, quote, certification, category));
            }
        }

        return due.OrderBy(d => d.Resident.TownshipId).ThenBy(d => d.Resident.IdNumber, StringComparer.Ordinal).ToList();
    }
}
