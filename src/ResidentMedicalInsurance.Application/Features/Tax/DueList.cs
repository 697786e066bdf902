using ResidentMedicalInsurance.Application.Features.Enrollments;
using ResidentMedicalInsurance.Application.Policy;
using ResidentMedicalInsurance.Domain.Enrollments;
using ResidentMedicalInsurance.Domain.Households;

namespace ResidentMedicalInsurance.Application.Features.Tax;

/// <summary>
/// 应缴费信息 (ADR 0054): the tenant's enrolled-not-paid persons of the current profile year, each quoted on one
/// date. Read township by township (office order), enrolments by key in chunks of <see cref="ExportDue.ChunkSize"/>, so
/// 400,000 enrolments never sit in memory together. A person the policy would not take a payment from on that
/// date, or who owes 0 because a department pays, is counted in <see cref="DueCounts"/> and not yielded.
/// </summary>
internal static class DueList
{
    /// <summary>险种: the one insurance these exports are about.</summary>
    public const string InsuranceKind = "城乡居民基本医疗保险";

    public static readonly IReadOnlyList<string> Headers = ["身份证号", "姓名", "乡镇", "村", "缴费年度", "应缴金额", "险种"];

    public sealed record Line(Resident Resident, string Township, string Village, int Year, long AmountFen);

    /// <summary>The township ids and names in scope: one of the tenant's (else NotFound, zh-CN), or all of them.</summary>
    public static async Task<List<(Guid Id, string Name)>> TownshipsAsync(IAppDbContext db, Guid? townshipId, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking()
            .Where(t => townshipId == null || t.Id == townshipId)
            .OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(ct).ConfigureAwait(false);
        if (townshipId is not null && townships.Count == 0)
        {
            throw new NotFoundException(DueTexts.Get("Due_TownshipNotFound"));
        }

        return townships.Select(t => (t.Id, t.Name)).ToList();
    }

    public static async IAsyncEnumerable<Line> ReadAsync(
        IAppDbContext db, IPolicyGateway policy, int year, DateOnly on, IReadOnlyList<(Guid Id, string Name)> townships, DueCounts counts,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        foreach (var (townshipId, township) in townships)
        {
            Guid? after = null;
            while (true)
            {
                var chunk = await ChunkAsync(db, year, townshipId, after, ct).ConfigureAwait(false);
                if (chunk.Count == 0)
                {
                    break;
                }

                after = chunk[^1].Enrollment.Id;
                var ids = chunk.Select(c => c.Resident.Id).ToList();
                var certifications = (await db.SubsidyCertifications.AsNoTracking().Live(year)
                    .Where(c => ids.Contains(c.ResidentId)).ToListAsync(ct).ConfigureAwait(false)).ToLookup(c => c.ResidentId);
                foreach (var (enrollment, resident, village) in chunk)
                {
                    var quote = policy.Quote(enrollment.ProfileId, resident, certifications[resident.Id], enrollment.Circumstances, on);
                    if (quote is not { Eligible: true, Accepted: true, AmountDueFen: { } due })
                    {
                        counts.NotPayable++;
                    }
                    else if (due == 0)
                    {
                        counts.OwesNothing++;
                    }
                    else
                    {
                        counts.Listed++;
                        yield return new Line(resident, township, village, year, due);
                    }
                }

                if (chunk.Count < ExportDue.ChunkSize)
                {
                    break;
                }
            }
        }
    }

    /// <summary>The next enrolments awaiting payment of one township after <paramref name="after"/>, by key.</summary>
    private static async Task<List<(Enrollment Enrollment, Resident Resident, string Village)>> ChunkAsync(
        IAppDbContext db, int year, Guid townshipId, Guid? after, CancellationToken ct)
    {
        var enrollments = db.Enrollments.AsNoTracking()
            .Where(e => e.TownshipId == townshipId && e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment);
        if (after is { } key)
        {
            enrollments = enrollments.Where(e => e.Id > key);
        }

        var rows = await (
                from e in enrollments
                join r in db.Residents.AsNoTracking() on e.ResidentId equals r.Id
                join h in db.Households.AsNoTracking() on e.HouseholdId equals h.Id
                orderby e.Id
                select new { Enrollment = e, Resident = r, h.Village })
            .Take(ExportDue.ChunkSize)
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(r => (r.Enrollment, r.Resident, r.Village)).ToList();
    }
}

/// <summary>How many enrolments awaiting payment the list read, by what became of them; filled as the list is read.</summary>
public sealed class DueCounts
{
    /// <summary>Listed with an amount above 0.</summary>
    public int Listed { get; internal set; }

    /// <summary>Left out: the policy takes no payment on the date (window not open or closed, not eligible).</summary>
    public int NotPayable { get; internal set; }

    /// <summary>Left out: the amount due is 0 (a department pays the whole fee, 部门代缴).</summary>
    public int OwesNothing { get; internal set; }

    /// <summary>Everyone left out.</summary>
    public int LeftOut => NotPayable + OwesNothing;
}
