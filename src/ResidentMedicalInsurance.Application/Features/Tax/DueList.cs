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
            // The township's live certifications at once (a fraction of its residents): no list of ids per chunk.
            var certifications = (await (
                    from c in db.SubsidyCertifications.AsNoTracking().Live(year)
                    join r in db.Residents.AsNoTracking() on c.ResidentId equals r.Id
                    where r.TownshipId == townshipId
                    select c)
                .ToListAsync(ct).ConfigureAwait(false)).ToLookup(c => c.ResidentId);
            Guid? after = null;
            while (true)
            {
                var keys = await KeysAsync(db, year, townshipId, after, ct).ConfigureAwait(false);
                if (keys.Count == 0)
                {
                    break;
                }

                after = keys[^1];
                foreach (var row in await ChunkAsync(db, year, townshipId, keys, ct).ConfigureAwait(false))
                {
                    var resident = row.Resident;
                    var quote = policy.Quote(row.ProfileId, resident, certifications[resident.Id], row.Circumstances, on);
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
                        yield return new Line(resident, township, row.Village, year, due);
                    }
                }

                if (keys.Count < ExportDue.ChunkSize)
                {
                    break;
                }
            }
        }
    }

    private sealed record Row(Guid Id, string ProfileId, EnrollmentCircumstances Circumstances, Resident Resident, string Village);

    /// <summary>The next keys of the township's enrolments awaiting payment after <paramref name="after"/> (index, then a sort of keys alone).</summary>
    private static Task<List<Guid>> KeysAsync(IAppDbContext db, int year, Guid townshipId, Guid? after, CancellationToken ct)
    {
        var enrollments = Awaiting(db, year, townshipId);
        if (after is { } key)
        {
            enrollments = enrollments.Where(e => e.Id > key);
        }

        return enrollments.OrderBy(e => e.Id).Select(e => e.Id).Take(ExportDue.ChunkSize).ToListAsync(ct);
    }

    /// <summary>
    /// The rows of those keys, fetched as the key range (no list of ids as parameters, no sort of joined rows: both
    /// cost twice as much on 400,000), in the keys' order. An enrolment paid meanwhile is missing; one made inside
    /// the range meanwhile is listed too.
    /// </summary>
    private static async Task<List<Row>> ChunkAsync(IAppDbContext db, int year, Guid townshipId, List<Guid> keys, CancellationToken ct)
    {
        var (first, last) = (keys[0], keys[^1]);
        var rows = await (
                from e in Awaiting(db, year, townshipId)
                where e.Id >= first && e.Id <= last
                join r in db.Residents.AsNoTracking() on e.ResidentId equals r.Id
                join h in db.Households.AsNoTracking() on e.HouseholdId equals h.Id
                select new Row(e.Id, e.ProfileId, e.Circumstances, r, h.Village))
            .ToListAsync(ct).ConfigureAwait(false);
        var order = new Dictionary<Guid, int>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            order[keys[i]] = i;
        }

        return rows.OrderBy(r => order.GetValueOrDefault(r.Id, int.MaxValue)).ToList();
    }

    private static IQueryable<Enrollment> Awaiting(IAppDbContext db, int year, Guid townshipId) =>
        db.Enrollments.AsNoTracking().Where(e => e.TownshipId == townshipId && e.Year == year && e.Status == EnrollmentStatus.AwaitingPayment);
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
